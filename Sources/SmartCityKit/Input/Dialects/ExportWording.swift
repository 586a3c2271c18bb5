/// What reading a survey tool's export says about it, in one language: the tool it was read as
/// (and why), a tool asked for that the header does not look like, the columns that map to no
/// question, and answer columns that look coded otherwise than they are scored. A struct with a
/// value per language, so that a missing translation does not compile; chosen by the run's
/// language (`ReadingOptions.exportWording`, from the language of `ReadingOptions.cellWording`).
struct ExportWording: Sendable, LanguageWording {
    /// The tool detected: (its name, what was found).
    var detected: @Sendable (_ tool: String, _ evidence: String) -> String
    /// What was found that is not column names: Qualtrics' `ImportId` row, its legacy `V1`/`ResponseID` rows.
    var importIDRow: String
    var legacyHeaderRows: String
    /// The header looks like another tool's than the one asked for: (the one it looks like, the one asked for).
    var looksLikeAnother: @Sendable (_ detected: String, _ asked: String) -> String
    /// Why a column maps to nothing: a free-text field; another tool's column (its name, its `--from` value);
    /// no question matches (the questionnaire's id, if known).
    var freeText: String
    var otherToolColumn: @Sendable (_ tool: String, _ from: String) -> String
    var matchesNoQuestion: @Sendable (_ questionnaire: String?) -> String
    /// One column and its reason: (its name, the reason).
    var oneColumn: @Sendable (_ name: String, _ reason: String) -> String
    /// Several columns and their reason: (how many, the first names, the reason).
    var severalColumns: @Sendable (_ count: Int, _ names: String, _ reason: String) -> String
    /// The end of a list of the first names: (how many more).
    var andMore: @Sendable (_ more: Int) -> String
    /// The columns of a coding, their questions given: (how many, the first names).
    var codedColumns: @Sendable (_ count: Int, _ names: String) -> String
    /// What shows a coding: the other columns of the scale one above it; only the numbers of a
    /// yes/no question (the numbers); Qualtrics' numbers of choices (how many, the numbers after
    /// them); the scale's positions (the numbers, the scale, its points, whether Qualtrics');
    /// the non-answers after them (`4 = dk, 5 = na`).
    var shiftedLikeTheOthers: String
    var yesNoNumbers: @Sendable (_ numbers: String) -> String
    var qualtricsChoices: @Sendable (_ count: Int, _ after: String) -> String
    var scalePositions: @Sendable (_ numbers: String, _ scale: String, _ points: Int, _ qualtrics: Bool) -> String
    var nonAnswerPositions: @Sendable (_ positions: String) -> String
    /// Columns that look coded, scored as written: (the columns, what shows it, the coding).
    var looksCoded: @Sendable (_ columns: String, _ evidence: String, _ coding: String) -> String
    /// A code written in many questions that is no answer to them: (the code, questions, cells, whether "don't know").
    var unreadNonAnswer: @Sendable (_ code: String, _ questions: Int, _ cells: Int, _ dontKnow: Bool) -> String
    /// `map`: a value map drafted for columns that look coded: (the columns, what shows it, the values).
    var draftedValueMap: @Sendable (_ columns: String, _ evidence: String, _ values: String) -> String
    /// `map`: a non-answer code drafted: (the code, in how many questions, cells, its kind as written in the mapping).
    var draftedNonAnswer: @Sendable (_ code: String, _ questions: Int, _ cells: Int, _ kind: String) -> String
    /// `map --map`: what the existing mapping kept (column decisions, answer labels, non-answer codes)
    /// and what was drafted (the new columns, as a quoted list, or none; new answer labels; how many are still open).
    var draftKept: @Sendable (_ kept: (columns: Int, answers: Int, nonAnswers: Int), _ newColumns: (count: Int, names: String),
                              _ newAnswers: Int, _ open: Int) -> String
    /// The responses are for another questionnaire of the catalog: (the questions of the one asked
    /// for that the columns answer, of how many, its id; likewise of the other, and the other's file;
    /// the responses file).
    var otherQuestionnaire: @Sendable (_ asked: (matched: Int, of: Int, id: String), _ other: (matched: Int, of: Int, id: String),
                                       _ otherPath: String, _ file: String) -> String

    static let english = ExportWording(
        detected: { "read as an export of \($0) (found \($1)); use --from to choose another tool" },
        importIDRow: "ImportId header row",
        legacyHeaderRows: "legacy V1/ResponseID header rows",
        looksLikeAnother: { "the header looks like an export of \($0), but it is read as \($1) as asked" },
        freeText: "is a free-text \"other\" or comment field; it is not scored and is left out",
        otherToolColumn: { "looks like a \($0) column; if this is a \($0) export, use --from \($1). Kept as metadata" },
        matchesNoQuestion: {
            "matches no question code or text of \($0 ?? "the questionnaire"); kept as metadata. If it holds answers, map it in a mapping file (draft one with smartcity map)"
        },
        oneColumn: { "column \"\($0)\" \($1)" },
        severalColumns: { "\($0) columns (\($1)): each \($2)" },
        andMore: { " and \($0) more" },
        codedColumns: { ($0 == 1 ? "column " : "\($0) columns ") + $1 },
        shiftedLikeTheOthers: "the other columns of this scale are written one above it",
        yesNoNumbers: { "only the numbers \($0) are written; read as 1 = yes, 2 = no" },
        qualtricsChoices: { "Qualtrics numbers the \($0) choices 1 to \($0); \($1) follow them" },
        scalePositions: { numbers, scale, points, qualtrics in
            "the numbers \(numbers) are written for the scale \(scale): the scale points numbered 1 to \(points)" + (qualtrics ? " (Qualtrics' numeric values)" : "")
        },
        nonAnswerPositions: { "; \($0) by the questionnaire's order of non-answers" },
        looksCoded: { columns, evidence, coding in
            "\(columns): \(evidence). They look coded as \(coding), but are scored as written; if so, draft a mapping with "
                + "`smartcity map QUESTIONNAIRE FILE -o mapping.json`, review its value maps and pass it with --map"
        },
        unreadNonAnswer: { code, questions, cells, dontKnow in
            "\"\(code)\" is written in \(questions) questions (\(cells) cells of the first rows) and is not an answer to them; "
                + "if it means \(dontKnow ? "\"don't know\"" : "\"not applicable\""), name it under nonAnswers in a mapping "
                + "(`smartcity map QUESTIONNAIRE FILE -o mapping.json` drafts it) and pass it with --map"
        },
        draftedValueMap: { "\($0): \($1); drafted the value map \($2) under answers (see review). Check it against the survey before using the mapping" },
        draftedNonAnswer: { code, questions, cells, kind in
            "\"\(code)\" is written in \(questions) questions (\(cells) cells), where no option or scale point has it: drafted under nonAnswers as \(kind). "
                + "Check it against the survey before using the mapping"
        },
        draftKept: { kept, new, answers, open in
            let added = new.count == 0 ? "no new column" : "\(new.count) new \(new.count == 1 ? "column" : "columns") (\(new.names))"
            return "kept the mapping's \(kept.columns) column \(kept.columns == 1 ? "decision" : "decisions"), \(kept.answers) answer "
                + "\(kept.answers == 1 ? "label" : "labels") and \(kept.nonAnswers) non-answer \(kept.nonAnswers == 1 ? "code" : "codes"); "
                + "drafted \(added) and \(answers) new answer \(answers == 1 ? "label" : "labels"); \(open) still open under unmapped"
        },
        otherQuestionnaire: { asked, other, path, file in
            "the columns answer \(asked.matched) of the \(asked.of) questions of \(asked.id), but \(other.matched) of the \(other.of) of \(other.id) (\(path)); "
                + "these responses are for \(other.id): score them with `smartcity score \(path) \(file)`"
        })

    static let dutch = ExportWording(
        detected: { "gelezen als een export van \($0) (gevonden: \($1)); kies met --from een ander programma" },
        importIDRow: "kopregel ImportId",
        legacyHeaderRows: "oude kopregels V1/ResponseID",
        looksLikeAnother: { "de kopregel lijkt op een export van \($0), maar wordt gelezen als \($1), zoals gevraagd" },
        freeText: "is een vrij tekstveld (\"anders\" of opmerking); het telt niet mee en wordt weggelaten",
        otherToolColumn: { "lijkt op een kolom van \($0); is dit een export van \($0), gebruik dan --from \($1). Ze blijft bewaard als metadata" },
        matchesNoQuestion: {
            "past bij geen vraagcode of vraagtekst van \($0 ?? "de vragenlijst"); ze blijft bewaard als metadata. "
                + "Bevat ze antwoorden, map haar dan in een mappingbestand (maak een ontwerp met smartcity map)"
        },
        oneColumn: { "kolom \"\($0)\" \($1)" },
        severalColumns: { "\($0) kolommen (\($1)): elk ervan \($2)" },
        andMore: { " en nog \($0)" },
        codedColumns: { ($0 == 1 ? "kolom " : "\($0) kolommen ") + $1 },
        shiftedLikeTheOthers: "de andere kolommen van deze schaal zijn telkens één hoger geschreven",
        yesNoNumbers: { "alleen de getallen \($0) komen voor; gelezen als 1 = ja, 2 = nee" },
        qualtricsChoices: { "Qualtrics nummert de \($0) keuzes van 1 tot \($0); \($1) volgen erop" },
        scalePositions: { numbers, scale, points, qualtrics in
            "de getallen \(numbers) komen voor bij de schaal \(scale): de punten van de schaal, genummerd van 1 tot \(points)"
                + (qualtrics ? " (de numerieke waarden van Qualtrics)" : "")
        },
        nonAnswerPositions: { "; \($0) volgens de volgorde van de niet-antwoorden in de vragenlijst" },
        looksCoded: { columns, evidence, coding in
            "\(columns): \(evidence). Ze lijken gecodeerd als \(coding), maar worden gescoord zoals ze geschreven zijn; is dat zo, maak dan een ontwerp "
                + "van een mapping met `smartcity map VRAGENLIJST BESTAND -o mapping.json`, kijk de waardetabellen na en geef het mee met --map"
        },
        unreadNonAnswer: { code, questions, cells, dontKnow in
            "\"\(code)\" staat in \(questions) vragen (\(cells) cellen van de eerste rijen) en is er geen antwoord op; "
                + "betekent het \(dontKnow ? "\"weet niet\"" : "\"niet van toepassing\""), noem het dan onder nonAnswers in een mapping "
                + "(`smartcity map VRAGENLIJST BESTAND -o mapping.json` maakt er een ontwerp van) en geef die mee met --map"
        },
        draftedValueMap: {
            "\($0): \($1); de waardetabel \($2) is als ontwerp onder `answers` gezet (zie `review`). Controleer ze aan de hand van de enquête voor u de mapping gebruikt"
        },
        draftedNonAnswer: { code, questions, cells, kind in
            "\"\(code)\" staat in \(questions) vragen (\(cells) cellen), waar geen optie of schaalpunt het heeft: als ontwerp onder `nonAnswers` gezet als \(kind). "
                + "Controleer het aan de hand van de enquête voor u de mapping gebruikt"
        },
        draftKept: { kept, new, answers, open in
            let added = new.count == 0 ? "geen nieuwe kolom" : "\(new.count) \(new.count == 1 ? "nieuwe kolom" : "nieuwe kolommen") (\(new.names))"
            return "behouden uit de mapping: \(kept.columns) \(kept.columns == 1 ? "kolombeslissing" : "kolombeslissingen"), "
                + "\(kept.answers) \(kept.answers == 1 ? "antwoordlabel" : "antwoordlabels") en \(kept.nonAnswers) \(kept.nonAnswers == 1 ? "code" : "codes") "
                + "voor niet-antwoorden; als ontwerp toegevoegd: \(added) en \(answers) \(answers == 1 ? "nieuw antwoordlabel" : "nieuwe antwoordlabels"); "
                + "\(open) nog open onder `unmapped`"
        },
        otherQuestionnaire: { asked, other, path, file in
            "de kolommen beantwoorden \(asked.matched) van de \(asked.of) vragen van \(asked.id), maar \(other.matched) van de \(other.of) van \(other.id) (\(path)); "
                + "deze antwoorden horen bij \(other.id): scoor ze met `smartcity score \(path) \(file)`"
        })

    static let french = ExportWording(
        detected: { "lu comme un export de \($0) (trouvé\u{202F}: \($1))\u{202F}; choisissez un autre outil avec --from" },
        importIDRow: "ligne d’en-tête ImportId",
        legacyHeaderRows: "anciennes lignes d’en-tête V1/ResponseID",
        looksLikeAnother: { "l’en-tête ressemble à un export de \($0), mais il est lu comme \($1), comme demandé" },
        freeText: "est un champ de texte libre («\u{202F}autre\u{202F}» ou commentaire)\u{202F}; il n’est pas compté et est écarté",
        otherToolColumn: { "ressemble à une colonne de \($0)\u{202F}; si c’est un export de \($0), utilisez --from \($1). Gardée comme métadonnée" },
        matchesNoQuestion: {
            "ne correspond à aucun code ni texte de question de \($0 ?? "ce questionnaire")\u{202F}; gardée comme métadonnée. "
                + "Si elle contient des réponses, mettez-la en correspondance dans un fichier de correspondance (préparez-en un avec smartcity map)"
        },
        oneColumn: { "la colonne «\u{202F}\($0)\u{202F}» \($1)" },
        severalColumns: { "\($0) colonnes (\($1))\u{202F}: chacune \($2)" },
        andMore: { " et \($0) autres" },
        codedColumns: { ($0 == 1 ? "colonne " : "\($0) colonnes ") + $1 },
        shiftedLikeTheOthers: "les autres colonnes de cette échelle sont écrites décalées d’une unité vers le haut",
        yesNoNumbers: { "seuls les nombres \($0) sont écrits\u{202F}; lus comme 1 = oui, 2 = non" },
        qualtricsChoices: { "Qualtrics numérote les \($0) choix de 1 à \($0)\u{202F}; \($1) les suivent" },
        scalePositions: { numbers, scale, points, qualtrics in
            "les nombres \(numbers) sont écrits pour l’échelle \(scale)\u{202F}: les points de l’échelle numérotés de 1 à \(points)"
                + (qualtrics ? " (les valeurs numériques de Qualtrics)" : "")
        },
        nonAnswerPositions: { "\u{202F}; \($0) selon l’ordre des non-réponses du questionnaire" },
        looksCoded: { columns, evidence, coding in
            "\(columns)\u{202F}: \(evidence). Elles semblent codées comme \(coding), mais sont comptées telles qu’écrites\u{202F}; si c’est le cas, préparez une correspondance "
                + "avec `smartcity map QUESTIONNAIRE FICHIER -o mapping.json`, relisez ses tables de valeurs et passez-la avec --map"
        },
        unreadNonAnswer: { code, questions, cells, dontKnow in
            "«\u{202F}\(code)\u{202F}» est écrit dans \(questions) questions (\(cells) cellules des premières lignes) et n’y est pas une réponse\u{202F}; "
                + "s’il signifie \(dontKnow ? "«\u{202F}ne sait pas\u{202F}»" : "«\u{202F}sans objet\u{202F}»"), nommez-le sous nonAnswers dans une correspondance "
                + "(`smartcity map QUESTIONNAIRE FICHIER -o mapping.json` la prépare) et passez-la avec --map"
        },
        draftedValueMap: {
            "\($0)\u{202F}: \($1)\u{202F}; la table de valeurs \($2) est proposée sous `answers` (voir `review`). Vérifiez-la d’après l’enquête avant d’utiliser la correspondance"
        },
        draftedNonAnswer: { code, questions, cells, kind in
            "«\u{202F}\(code)\u{202F}» est écrit dans \(questions) questions (\(cells) cellules), où aucune option ni aucun point d’échelle ne l’a\u{202F}: "
                + "proposé sous `nonAnswers` comme \(kind). Vérifiez-le d’après l’enquête avant d’utiliser la correspondance"
        },
        draftKept: { kept, new, answers, open in
            let added = new.count == 0 ? "aucune nouvelle colonne" : "\(new.count) \(new.count == 1 ? "nouvelle colonne" : "nouvelles colonnes") (\(new.names))"
            return "gardé de la correspondance\u{202F}: \(kept.columns) \(kept.columns == 1 ? "décision" : "décisions") de colonne, "
                + "\(kept.answers) \(kept.answers == 1 ? "libellé" : "libellés") de réponse et \(kept.nonAnswers) \(kept.nonAnswers == 1 ? "code" : "codes") "
                + "de non-réponse\u{202F}; proposé\u{202F}: \(added) et \(answers) \(answers == 1 ? "nouveau libellé" : "nouveaux libellés") de réponse\u{202F}; "
                + "\(open) encore en suspens sous `unmapped`"
        },
        otherQuestionnaire: { asked, other, path, file in
            "les colonnes répondent à \(asked.matched) des \(asked.of) questions de \(asked.id), mais à \(other.matched) des \(other.of) de \(other.id) (\(path))\u{202F}; "
                + "ces réponses sont pour \(other.id)\u{202F}: comptez-les avec `smartcity score \(path) \(file)`"
        })
}
