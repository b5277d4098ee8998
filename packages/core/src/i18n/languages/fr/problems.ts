import type { FoundValue } from "../../../load/found-value.js";
import type { ExpectedType, Limit } from "../../../load/problem.js";
import type { RecordKind } from "../../../model/record-kinds.js";
import type { SchemaRule } from "../../../model/rules.js";
import { languageNamer } from "../../language-names.js";
import type { ProblemMessages } from "../../problem-messages.js";

/** « et en 3 autres endroits », après les endroits qu’un problème nomme. */
const autresEndroits = (more: number | undefined) =>
  more ? ` et en ${more} ${more === 1 ? "autre endroit" : "autres endroits"}` : "";

// The validator's words in French, written from each problem's payload. French typography:
// a no-break space (U+00A0) before : ; ? ! and inside « ».

const languageName = languageNamer("fr");

/** « le texte « b » », « le nombre 42 », « une liste »… */
export function describeValue(found: FoundValue): string {
  switch (found.type) {
    case "nothing":
      return "rien";
    case "empty":
      return "une valeur vide";
    case "text":
      return `le texte «\u00a0${found.text}\u00a0»`;
    case "number":
      return `le nombre ${String(found.value).replace(".", ",")}`;
    case "boolean":
      return `\`${found.value}\``;
    case "list":
      return "une liste";
    case "fields":
      return "un groupe de champs";
  }
}

function describeExpected(type: ExpectedType): string {
  if (typeof type === "object") {
    if ("localizedText" in type) {
      const langs = type.localizedText;
      return `du texte en ${listAnd(langs.map((l) => languageName(l)))} (lignes ${listAnd(langs.map((l) => `\`${l}: …\``))})`;
    }
    return type.other;
  }
  switch (type) {
    case "text":
      return "du texte";
    case "number":
      return "un nombre";
    case "whole-number":
      return "un nombre entier";
    case "boolean":
      return "true ou false";
    case "list":
      return "une liste";
    case "fields":
      return "un groupe de champs (lignes `clé: valeur`)";
  }
}

export const RULES: Record<SchemaRule, string> = {
  "id-format":
    "un identifiant s’écrit en minuscules, chiffres et tirets simples, par exemple `evt-2025-02-05-diop-bamako`",
  "country-code": "un pays est un code ISO 3166-1 alpha-3 en capitales, par exemple `SEN`",
  "text-empty": "le texte ne doit pas être vide",
  "text-in-some-language": "donnez le texte dans au moins une langue (`en`, `fr`…)",
  url: "un lien est une URL complète commençant par http:// ou https://",
  "language-tag": "une langue est une étiquette BCP 47 telle que `en` ou `fr`",
  "archive-path": "le chemin d’une archive est relatif au dossier de données",
  "excerpt-empty": "un extrait doit citer la source",
  "citations-min": "citez au moins une source",
  credibility:
    "la crédibilité est un nombre entier de 1 (confirmée) à 6 (véracité impossible à évaluer)",
  "partial-date":
    "une date s’écrit AAAA-MM-JJ, AAAA-MM ou AAAA et désigne un jour réel, par exemple `2025-02-20` ou `2025-02`",
  "date-spec":
    "une date s’écrit AAAA-MM-JJ, AAAA-MM ou AAAA et désigne un jour réel, ou c’est une période `{ from: …, to: … }`, ou `{ by: … }` (au plus tard)",
  "geo-precision":
    "la précision géographique vaut 1 (le lieu même), 2 (à proximité) ou 3 (la région)",
  "evidence-min": "un jugement repose sur au moins un élément",
  "pillars-min": "indiquez au moins un pilier",
  "dispute-readings": "une divergence compte au moins deux versions",
};

/** Each kind of record with its indefinite article. */
const KINDS: Record<RecordKind, string> = {
  source: "une source",
  actor: "un acteur",
  place: "un lieu",
  event: "un événement",
  agreement: "un accord",
  indicator: "un indicateur",
  judgment: "un jugement",
  trend: "une tendance",
};
/** « la source », « l’événement »… */
const THE: Record<RecordKind, string> = {
  source: "la source",
  actor: "l’acteur",
  place: "le lieu",
  event: "l’événement",
  agreement: "l’accord",
  indicator: "l’indicateur",
  judgment: "le jugement",
  trend: "la tendance",
};
const bare = (kind: RecordKind) => KINDS[kind].replace(/^une? /, "");
const listWith = (words: readonly string[], last: string) =>
  words.length < 2 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} ${last} ${words.at(-1)}`;
const listAnd = (words: readonly string[]) => listWith(words, "et");
/** « un événement, un accord ou une source ». */
const kindsOr = (kinds: readonly RecordKind[]) =>
  listWith(
    kinds.map((k) => KINDS[k]),
    "ou",
  );
/** « aucun événement, accord ni source » — French « ni » joins the kinds after « aucun ». */
const noneOf = (kinds: readonly RecordKind[]) => {
  const [first, ...rest] = kinds;
  if (first === undefined) return "aucun enregistrement";
  const lead = KINDS[first].startsWith("une ") ? "aucune" : "aucun";
  return `${lead} ${listWith([bare(first), ...rest.map(bare)], "ni")}`;
};
const at = (field: string) => (field === "" ? "l’enregistrement" : `\`${field}\``);
const didYouMean = (suggestion: string | undefined) =>
  suggestion === undefined ? "" : ` Vouliez-vous dire \`${suggestion}\`\u00a0?`;
const oneOf = (values: readonly string[]) => `l’une des valeurs\u00a0: ${values.join(", ")}`;
const why = (p: { rule?: SchemaRule; note?: string }) =>
  p.rule !== undefined ? RULES[p.rule] : p.note;

function limit(p: Limit, many: boolean): { message: string; expected: string } {
  const bound = many ? "au moins" : "au plus";
  const plural = p.limit >= 2 ? "s" : "";
  const what =
    p.origin === "array"
      ? `${bound} ${p.limit} élément${plural}`
      : p.origin === "string"
        ? `${bound} ${p.limit} caractère${plural}`
        : `${bound} ${p.limit}`;
  const verb = p.origin === "array" || p.origin === "string" ? "compter" : "valoir";
  const reason = why(p);
  return {
    message: reason
      ? `${at(p.field)}\u00a0: ${reason}`
      : `${at(p.field)} doit ${verb} ${what}, mais vaut ${describeValue(p.found)}`,
    expected: what,
  };
}

export const PROBLEMS: ProblemMessages = {
  "yaml-syntax": (p) => ({ message: `le YAML est illisible\u00a0: ${p.reason}` }),
  "json-syntax": (p) => ({ message: `le JSON est illisible\u00a0: ${p.reason}` }),
  "yaml-alias-limit": () => ({
    message:
      "le YAML emploie des alias (*nom) qui se développent en bien plus de données que le fichier n’en contient",
  }),
  "file-too-large": (p) => ({
    message: `le fichier fait ${p.megabytes}\u00a0Mo\u00a0; découpez-le en fichiers de moins de ${p.limitMegabytes}\u00a0Mo`,
  }),
  "file-unreadable": (p) => ({
    message:
      p.target === "folder"
        ? p.reason === "ENOENT"
          ? "le dossier de données n’existe pas"
          : `le dossier de données est illisible (${p.reason})`
        : `le fichier est illisible (${p.reason === "unknown" ? "erreur inconnue" : p.reason})`,
  }),
  "empty-file": () => ({ message: "le fichier ne contient aucun enregistrement" }),
  "not-a-record": (p) => ({
    message: `attendu\u00a0: ${KINDS[p.kind]} (un groupe de champs \`clé: valeur\`), trouvé\u00a0: ${describeValue(p.found)}`,
  }),
  "unknown-folder": (p) =>
    p.folder === undefined
      ? {
          message: `ce fichier n’est pas lu\u00a0: les enregistrements vont dans les dossiers ${p.folders.join(", ")}, et la description du jeu de données dans ${p.datasetFile}`,
        }
      : {
          message: `bilat ne lit pas le dossier \`${p.folder}\`.${didYouMean(p.suggestion)}`,
          expected: oneOf(p.folders),
        },
  "dataset-file-name": (p) => ({
    message: `la description du jeu de données n’est lue que dans ${p.datasetFile}, pas dans ${p.found}\u00a0: renommez le fichier (le JSON est du YAML valide)`,
  }),
  "missing-dataset-file": (p) => ({
    message: `le dossier de données n’a pas de ${p.datasetFile} décrivant le couple de pays, la période couverte et le TLP`,
  }),
  "missing-field": (p) => {
    const detail = why(p);
    const expected = p.allowed
      ? oneOf(p.allowed)
      : p.expectedType !== undefined
        ? describeExpected(p.expectedType)
        : undefined;
    return {
      message:
        p.field === ""
          ? `l’enregistrement est incomplet${detail ? ` (${detail})` : ""}`
          : `champ manquant\u00a0: ${at(p.field)}${detail ? ` (${detail})` : ""}`,
      ...(expected !== undefined && { expected }),
    };
  },
  "wrong-type": (p) => {
    const expected = describeExpected(p.expectedType);
    return {
      message: `${at(p.field)} devrait être ${expected}, mais vaut ${describeValue(p.found)}`,
      expected,
    };
  },
  "invalid-value": (p) =>
    p.allowed
      ? {
          message: `${at(p.field)} vaut ${describeValue(p.found)}, qui n’est pas une valeur admise.${didYouMean(p.suggestion)}`,
          expected: oneOf(p.allowed),
        }
      : {
          message: `${at(p.field)}\u00a0: ${why(p) ?? "cette valeur n’est pas admise"} (trouvé\u00a0: ${describeValue(p.found)})`,
        },
  "unknown-key": (p) => ({
    message: `champ inconnu \`${p.key}\`${p.parent ? ` dans \`${p.parent}\`` : ""}.${didYouMean(p.suggestion)}`,
    ...(p.allowed.length > 0 && { expected: oneOf(p.allowed) }),
  }),
  "too-few": (p) => limit(p, true),
  "too-many": (p) => limit(p, false),
  "invalid-format": (p) => ({
    message: `${at(p.field)}\u00a0: ${why(p) ?? "cette valeur n’est pas admise"} (trouvé\u00a0: ${describeValue(p.found)})`,
  }),
  "duplicate-id": (p) => ({
    message: `l’identifiant \`${p.id}\` sert aussi à ${p.others
      .map(
        (o) => `${THE[o.kind]} de ${o.file}${o.item === undefined ? "" : ` (élément ${o.item})`}`,
      )
      .join(" et à ")}`,
    expected: "un identifiant qu’aucun autre enregistrement n’emploie",
  }),
  "dangling-reference": (p) => ({
    message: `${noneOf(p.kinds)} n’a l’identifiant \`${p.id}\`.${didYouMean(p.suggestion)}${
      p.unread.length > 0
        ? ` (Il se trouve peut-être dans ${p.unread.join(", ")}, illisible\u00a0: corrigez cela d’abord.)`
        : ""
    }`,
    expected: `l’identifiant d’${kindsOr(p.kinds)} du dossier de données`,
  }),
  "wrong-reference-kind": (p) => ({
    message: `\`${p.id}\` est ${KINDS[p.kind]}, mais ce champ désigne ${kindsOr(p.kinds)}`,
    expected: `l’identifiant d’${kindsOr(p.kinds)}`,
  }),
  "range-order": (p) => ({
    message: `la période finit (${p.to}) avant de commencer (${p.from})`,
    expected: "`to` égal ou postérieur à `from`",
  }),
  "dated-after-sources": (p) =>
    p.by
      ? {
          message: `l’événement est signalé au plus tard le ${p.date}, après la publication de toutes les sources qui le rapportent (la dernière\u00a0: ${p.latest})\u00a0: aucune source ne peut l’attester si tard`,
          expected: `\`by:\` au plus tard le ${p.latest}, date de la dernière source`,
        }
      : {
          message: `l’événement est daté du ${p.date}, après la publication de toutes les sources qui le rapportent (la dernière\u00a0: ${p.latest})`,
          expected:
            "une date au plus tard celle de la dernière source, ou `status: announced` / `planned`",
        },
  "outside-coverage": (p) => ({
    message: `l’événement sort de la période couverte par le jeu de données (du ${p.start} au ${p.end})`,
  }),
  "missing-translation": (p) => ({
    message: p.excerpt
      ? `l’extrait n’a pas de traduction en ${languageName(p.lang)} (\`translation.${p.lang}\`)`
      : `\`${p.field}\` n’a pas de texte en ${languageName(p.lang)} (\`${p.lang}\`)`,
  }),
  "invalid-dispute": (p) => ({
    message: `${KINDS[p.kind]} n’a pas de champ \`${p.field}\` à contester.${didYouMean(p.suggestion)}`,
    expected: oneOf(p.fields),
  }),
  "unknown-country": (p) => ({
    message: `\`${p.found}\` n’est pas un code de pays ISO 3166-1 alpha-3.${
      p.suggestions.length > 0
        ? ` Vouliez-vous dire ${p.suggestions.map((s) => `\`${s.code}\` (${s.name})`).join(" ou ")}\u00a0?`
        : ""
    }`,
    expected: "un code ISO 3166-1 alpha-3 existant, par exemple SEN, MLI, MRT, FRA",
  }),
  "missing-archive": (p) => ({
    message: `la copie archivée \`${p.archive}\` n’existe pas dans le dossier de données`,
  }),
  "unprinted-script": (p) => ({
    message: `le texte est dans l’écriture ${p.script} (${p.codePoint} «\u00a0${p.char}\u00a0»), qu’aucune police du PDF ne contient\u00a0: elle y paraît en points de code`,
    expected: `un texte en écriture ${p.printed.join(", ")}, ou des émojis`,
  }),
  "overlapping-trends": (p) => ({
    message: `la période de cette tendance (${p.pillar}) chevauche celle de \`${p.other}\`\u00a0: une tendance par pilier et par période`,
    expected: "des périodes d’un même pilier qui ne se chevauchent pas (par exemple une par mois)",
  }),
  "excerpt-not-in-archive": (p) => ({
    message: `l’extrait ne figure pas dans le texte archivé de \`${p.source}\` (${p.archive})\u00a0; ${
      p.closest === undefined
        ? "aucun passage de l’archive n’en approche"
        : `l’archive porte\u00a0: «\u00a0${p.closest}\u00a0»`
    }`,
    expected:
      "le passage tel que l’archive le donne (seuls les blancs peuvent différer), ou la bonne source",
  }),
  "source-without-archive": (p) => ({
    message: `\`${p.source}\` n’a pas de texte archivé (\`archive\`)\u00a0: ${
      p.quotations === 1 ? "sa citation ne peut" : `ses ${p.quotations} citations ne peuvent`
    } pas être vérifiée${p.quotations === 1 ? "" : "s"}`,
    expected: `\`archive: archive/${p.source}.txt\`, le texte de la source enregistré dans le dossier de données`,
  }),
  "inconsistent-credibility": (p) => ({
    message: `cet extrait de \`${p.source}\` est noté ${p.credibility} ici mais ${p.others
      .map(
        (o) =>
          `${o.credibility} dans ${o.file}${o.item === undefined ? "" : ` (élément ${o.item})`}`,
      )
      .join(", ")}${autresEndroits(p.more)}`,
    expected: "une seule crédibilité pour un même passage d’une même source",
  }),
  "uncited-source": (p) => ({
    message: `aucun enregistrement ne cite \`${p.source}\``,
    expected: "une citation de cette source dans un enregistrement, ou pas de source",
  }),
  "approximate-place-without-note": (p) => ({
    message: `les coordonnées de \`${p.place}\` sont approximatives (précision ${p.geoPrecision}) mais aucune \`note\` ne dit comment elles ont été choisies`,
    expected: `\`note: { ${p.languages.map((l) => `${l}: …`).join(", ")} }\`, par exemple «\u00a0centre de la commune\u00a0»`,
  }),
  "invalid-outside-information": (p) => ({
    message: `${p.kind in KINDS ? KINDS[p.kind as RecordKind] : "le jeu de données"} n’a pas de \`${p.at}\` à signaler comme information extérieure.${didYouMean(p.suggestion)}`,
    expected:
      p.known.length > 0
        ? `un chemin pointé dans l’enregistrement, commençant par l’un de\u00a0: ${p.known.join(", ")}`
        : "un chemin pointé vers un champ de l’enregistrement, par exemple `summary` ou `roles.0.title`",
  }),
};
