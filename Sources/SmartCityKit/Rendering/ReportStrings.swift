/// Every fixed word of the reports, in one language. A struct rather than a key-value table,
/// so that a missing translation is a compile error rather than an English word in a French report.
package struct ReportStrings: LanguageWording {
    var languageCode: String
    /// What separates a label from its value: ": ", or " : " in French typography.
    var colon: String
    /// How an interval that excludes its lower bound opens: "(" or, in French notation, "]".
    var openLowerBound: String
    /// How an interval that excludes its upper bound closes: ")" or, in French notation, "[".
    var openUpperBound: String
    var summaryTitle: String
    package var result: String
    var totalScore: String
    var maturity: String
    var dimension: String
    package var dimensions: String
    var factor: String
    var factors: String
    package var score: String
    var coverage: String
    var weight: String
    var answered: String
    var rank: String
    package var id: String
    package var name: String
    var field: String
    package var value: String
    var range: String
    var count: String
    var share: String
    var referenceShare: String
    package var respondents: String
    var mean: String
    var median: String
    var minimum: String
    var maximum: String
    var standardDeviation: String
    var firstQuartile: String
    var thirdQuartile: String
    /// How the statistics are computed (standard deviation n - 1, quartiles type 7).
    var statisticsNote: String
    /// Sheet names of `scores.xlsx`.
    var scoresSheet: String
    var longScoresSheet: String
    var summarySheet: String
    var longSheetOmitted: String
    /// On the summary sheet when there are more respondents than a sheet has rows.
    var scoresSheetCut: String
    var insufficientData: String
    var strengths: String
    var strongest: String
    var weakest: String
    var nextSteps: String
    var noRecommendation: String
    var missing: String
    var nothingMissing: String
    var statusDontKnow: String
    var statusNotApplicable: String
    var statusBlank: String
    var statusInvalid: String
    var statusNotShown: String
    var noTotal: String
    var ranking: String
    var distribution: String
    var dimensionStatistics: String
    var rowsLeftOut: String
    var file: String
    package var row: String
    var reason: String
    package var questionnaire: String
    var responses: String
    var level: String
    var otherAnswers: String
    var descriptiveResults: String
    var answer: String
    /// "12 respondents answered; 2 answered don't know or not applicable."
    var answeredCount: @Sendable (Int, Int) -> String
    /// "Scored: 12 respondents. Left out: 1 row."
    var scoredCount: @Sendable (Int, Int) -> String
    /// The line in the ranking for respondents not shown: (how many).
    var rankingOmitted: @Sendable (Int) -> String
    /// The note under a renormalised total: (left-out dimensions, weight share carried).
    var renormalisedNote: @Sendable (String, String) -> String
    var generatedBy: @Sendable (String) -> String
    /// The heading and the note of the respondents kept out of the ranking.
    var incompleteResponses: String
    var incompleteNote: String
    /// "Not ranked", before the reason in a respondent's report.
    var notRanked: String
    var incompleteReason: @Sendable (IncompleteReason) -> String
    /// How numbers are written in the language's Markdown reports.
    var numbers: ReportNumbers { ReportNumbers(decimalSeparator: languageCode == "en" ? "." : ",") }
    var reasonText: @Sendable (ExcludedRow.Reason) -> String
    var bandRuleNote: @Sendable (BoundaryRule) -> String
    var minimumCoverageNote: @Sendable (String) -> String

    package static let english = ReportStrings(
        languageCode: "en", colon: ": ", openLowerBound: "(", openUpperBound: ")", summaryTitle: "Cohort summary", result: "Result", totalScore: "Total score", maturity: "Maturity",
        dimension: "Dimension", dimensions: "Dimensions", factor: "Factor", factors: "Factors", score: "Score",
        coverage: "Coverage", weight: "Weight", answered: "Answered", rank: "Rank", id: "Id", name: "Name", field: "Field",
        value: "Value", range: "Range", count: "Count", share: "Share", referenceShare: "Reference share", respondents: "Respondents",
        mean: "Mean", median: "Median", minimum: "Minimum", maximum: "Maximum",
        standardDeviation: "SD", firstQuartile: "Q1", thirdQuartile: "Q3",
        statisticsNote: "SD: standard deviation (n − 1). Q1, Q3: quartiles by linear interpolation between order statistics (R's default type 7, pandas' linear).",
        scoresSheet: "Scores", longScoresSheet: "Scores per dimension", summarySheet: "Summary",
        longSheetOmitted: "The sheet of scores per dimension is left out: it would have more rows than a spreadsheet holds (see scores-long.csv).",
        scoresSheetCut: "A spreadsheet holds at most 1,048,576 rows: the Scores sheet lists the first 1,048,575 respondents; all of them are in scores.csv.",
        insufficientData: "insufficient data",
        strengths: "Strengths and weaknesses", strongest: "Strongest dimension", weakest: "Weakest dimension",
        nextSteps: "What to do next", noRecommendation: "The questionnaire gives no recommendation for this band.",
        missing: "What was missing", nothingMissing: "Every question was answered.", statusDontKnow: "don't know",
        statusNotApplicable: "not applicable", statusBlank: "not answered", statusInvalid: "invalid answer", statusNotShown: "not shown",
        noTotal: "No total score: no dimension had enough answers.", ranking: "Ranking", distribution: "Maturity distribution",
        dimensionStatistics: "Dimension statistics", rowsLeftOut: "Rows left out", file: "File", row: "Row", reason: "Reason",
        questionnaire: "Questionnaire", responses: "Responses", level: "Level", otherAnswers: "Other answers",
        descriptiveResults: "Descriptive results", answer: "Answer",
        answeredCount: { answered, non in "\(answered) \(answered == 1 ? "respondent" : "respondents") answered" + (non > 0 ? "; \(non) answered don't know or not applicable." : ".") },
        scoredCount: { scored, left in "Scored: \(scored) \(scored == 1 ? "respondent" : "respondents"). Left out: \(left) \(left == 1 ? "row" : "rows")." },
        rankingOmitted: { count in "\(count) more \(count == 1 ? "respondent" : "respondents") (see scores.csv)" },
        renormalisedNote: { dimensions, share in
            "Not scored for lack of answers: \(dimensions). The total is the weighted mean of the other dimensions, with their weights renormalised (they carry \(share) of the weight)."
        },
        generatedBy: { "Generated by smartcity \($0)." },
        incompleteResponses: "Not ranked: incomplete responses",
        incompleteNote: "These respondents are scored and have their own report, but are not ranked nor counted in the statistics and the maturity distribution. Score with --include-incomplete to take them in.",
        notRanked: "Not ranked",
        incompleteReason: { reason in
            switch reason {
            case .notSubmitted: return "the response was not submitted (submitdate is empty)"
            case .notFinished: return "the survey tool marks the response unfinished"
            case .partialProgress(let percent): return "the survey was \(ReportNumbers.plain.plain(percent)) % completed"
            case .lowCoverage(let coverage): return "only \(ReportNumbers.plain.percent(coverage)) of the questionnaire was answered"
            }
        },
        reasonText: { reason in
            switch reason {
            case .wrongFieldCount(let found, let expected): return "\(found) fields instead of \(expected)"
            case .missingID: return "no respondent id"
            case .duplicateID(let file, let row): return "duplicate id (first in \(file) row \(row))"
            case .unreadable: return "could not be read"
            }
        },
        bandRuleNote: { rule in
            rule == .upperInclusive
                ? "A score on a boundary belongs to the lower band: bands are (lower, upper], the first includes 0."
                : "A score on a boundary belongs to the higher band: bands are [lower, upper), the last includes 100."
        },
        minimumCoverageNote: { "A dimension is scored when at least \($0) of its applicable question weight is answered." })

    package static let dutch = ReportStrings(
        languageCode: "nl", colon: ": ", openLowerBound: "(", openUpperBound: ")", summaryTitle: "Overzicht van de groep", result: "Resultaat", totalScore: "Totaalscore", maturity: "Maturiteit",
        dimension: "Dimensie", dimensions: "Dimensies", factor: "Factor", factors: "Factoren", score: "Score",
        coverage: "Dekking", weight: "Gewicht", answered: "Beantwoord", rank: "Rang", id: "Id", name: "Naam", field: "Veld",
        value: "Waarde", range: "Bereik", count: "Aantal", share: "Aandeel", referenceShare: "Referentieaandeel", respondents: "Respondenten",
        mean: "Gemiddelde", median: "Mediaan", minimum: "Minimum", maximum: "Maximum",
        standardDeviation: "SD", firstQuartile: "Q1", thirdQuartile: "Q3",
        statisticsNote: "SD: standaardafwijking (n − 1). Q1, Q3: kwartielen door lineaire interpolatie tussen de geordende waarden (type 7 van R, linear van pandas).",
        scoresSheet: "Scores", longScoresSheet: "Scores per dimensie", summarySheet: "Samenvatting",
        longSheetOmitted: "Het blad met scores per dimensie is weggelaten: het zou meer rijen hebben dan een rekenblad bevat (zie scores-long.csv).",
        scoresSheetCut: "Een rekenblad bevat ten hoogste 1.048.576 rijen: het blad Scores toont de eerste 1.048.575 respondenten; ze staan allemaal in scores.csv.",
        insufficientData: "onvoldoende gegevens",
        strengths: "Sterktes en zwaktes", strongest: "Sterkste dimensie", weakest: "Zwakste dimensie",
        nextSteps: "Volgende stappen", noRecommendation: "De vragenlijst geeft geen aanbeveling voor deze klasse.",
        missing: "Wat ontbrak", nothingMissing: "Alle vragen werden beantwoord.", statusDontKnow: "weet niet",
        statusNotApplicable: "niet van toepassing", statusBlank: "niet beantwoord", statusInvalid: "ongeldig antwoord", statusNotShown: "niet getoond",
        noTotal: "Geen totaalscore: geen enkele dimensie had genoeg antwoorden.", ranking: "Rangschikking", distribution: "Verdeling over de maturiteitsklassen",
        dimensionStatistics: "Statistieken per dimensie", rowsLeftOut: "Weggelaten rijen", file: "Bestand", row: "Rij", reason: "Reden",
        questionnaire: "Vragenlijst", responses: "Antwoorden", level: "Niveau", otherAnswers: "Overige antwoorden",
        descriptiveResults: "Beschrijvende resultaten", answer: "Antwoord",
        answeredCount: { answered, non in "\(answered) \(answered == 1 ? "respondent antwoordde" : "respondenten antwoordden")" + (non > 0 ? "; \(non) \(non == 1 ? "antwoordde" : "antwoordden") weet niet of niet van toepassing." : ".") },
        scoredCount: { scored, left in "Gescoord: \(scored) \(scored == 1 ? "respondent" : "respondenten"). Weggelaten: \(left) \(left == 1 ? "rij" : "rijen")." },
        rankingOmitted: { count in "nog \(count) \(count == 1 ? "respondent" : "respondenten") (zie scores.csv)" },
        renormalisedNote: { dimensions, share in
            "Niet gescoord wegens te weinig antwoorden: \(dimensions). De totaalscore is het gewogen gemiddelde van de andere dimensies, met hun gewichten herschaald (zij dragen \(share) van het gewicht)."
        },
        generatedBy: { "Gemaakt met smartcity \($0)." },
        incompleteResponses: "Niet gerangschikt: onvolledige antwoorden",
        incompleteNote: "Deze respondenten zijn gescoord en hebben een eigen rapport, maar tellen niet mee in de rangschikking, de statistieken en de verdeling over de types. Scoor met --include-incomplete om ze mee te nemen.",
        notRanked: "Niet gerangschikt",
        incompleteReason: { reason in
            switch reason {
            case .notSubmitted: return "het antwoord werd niet ingediend (submitdate is leeg)"
            case .notFinished: return "de enquêtetool markeert het antwoord als onvoltooid"
            case .partialProgress(let percent): return "de enquête werd voor \(ReportNumbers(decimalSeparator: ",").plain(percent))\u{202F}% ingevuld"
            case .lowCoverage(let coverage): return "slechts \(ReportNumbers(decimalSeparator: ",").percent(coverage)) van de vragenlijst werd beantwoord"
            }
        },
        reasonText: { reason in
            switch reason {
            case .wrongFieldCount(let found, let expected): return "\(found) velden in plaats van \(expected)"
            case .missingID: return "geen respondent-id"
            case .duplicateID(let file, let row): return "dubbele id (eerst in \(file) rij \(row))"
            case .unreadable: return "kon niet gelezen worden"
            }
        },
        bandRuleNote: { rule in
            rule == .upperInclusive
                ? "Een score op een grens hoort bij de lagere klasse: klassen zijn (onder, boven], de eerste bevat 0."
                : "Een score op een grens hoort bij de hogere klasse: klassen zijn [onder, boven), de laatste bevat 100."
        },
        minimumCoverageNote: { "Een dimensie krijgt een score als minstens \($0) van het gewicht van haar toepasselijke vragen beantwoord is." })

    package static let french = ReportStrings(
        languageCode: "fr", colon: "\u{202F}: ", openLowerBound: "]", openUpperBound: "[", summaryTitle: "Synthèse du groupe", result: "Résultat", totalScore: "Score total", maturity: "Maturité",
        dimension: "Dimension", dimensions: "Dimensions", factor: "Facteur", factors: "Facteurs", score: "Score",
        coverage: "Couverture", weight: "Poids", answered: "Répondues", rank: "Rang", id: "Identifiant", name: "Nom", field: "Champ",
        value: "Valeur", range: "Intervalle", count: "Nombre", share: "Part", referenceShare: "Part de référence", respondents: "Répondants",
        mean: "Moyenne", median: "Médiane", minimum: "Minimum", maximum: "Maximum",
        standardDeviation: "ET", firstQuartile: "Q1", thirdQuartile: "Q3",
        statisticsNote: "ET\u{202F}: écart-type (n − 1). Q1, Q3\u{202F}: quartiles par interpolation linéaire entre les valeurs ordonnées (type 7 de R, linear de pandas).",
        scoresSheet: "Scores", longScoresSheet: "Scores par dimension", summarySheet: "Résumé",
        longSheetOmitted: "La feuille des scores par dimension est omise\u{202F}: elle aurait plus de lignes qu’une feuille de calcul n’en contient (voir scores-long.csv).",
        scoresSheetCut: "Une feuille de calcul contient au plus 1 048 576 lignes\u{202F}: la feuille Scores présente les 1 048 575 premiers répondants\u{202F}; tous figurent dans scores.csv.",
        insufficientData: "données insuffisantes",
        strengths: "Forces et faiblesses", strongest: "Dimension la plus forte", weakest: "Dimension la plus faible",
        nextSteps: "Prochaines étapes", noRecommendation: "Le questionnaire ne donne pas de recommandation pour cette classe.",
        missing: "Ce qui manquait", nothingMissing: "Toutes les questions ont reçu une réponse.", statusDontKnow: "ne sait pas",
        statusNotApplicable: "sans objet", statusBlank: "sans réponse", statusInvalid: "réponse invalide", statusNotShown: "non affichée",
        noTotal: "Pas de score total\u{202F}: aucune dimension n'a assez de réponses.", ranking: "Classement", distribution: "Répartition par niveau de maturité",
        dimensionStatistics: "Statistiques par dimension", rowsLeftOut: "Lignes écartées", file: "Fichier", row: "Ligne", reason: "Motif",
        questionnaire: "Questionnaire", responses: "Réponses", level: "Niveau", otherAnswers: "Autres réponses",
        descriptiveResults: "Résultats descriptifs", answer: "Réponse",
        answeredCount: { answered, non in "\(answered) \(answered <= 1 ? "répondant a répondu" : "répondants ont répondu")" + (non > 0 ? "\u{202F}; \(non) \(non == 1 ? "a répondu" : "ont répondu") ne sait pas ou sans objet." : ".") },
        scoredCount: { scored, left in "Évalués\u{202F}: \(scored) \(scored <= 1 ? "répondant" : "répondants"). Écartées\u{202F}: \(left) \(left <= 1 ? "ligne" : "lignes")." },
        rankingOmitted: { count in "\(count) autres \(count <= 1 ? "répondant" : "répondants") (voir scores.csv)" },
        renormalisedNote: { dimensions, share in
            "Non évaluées faute de réponses\u{202F}: \(dimensions). Le score total est la moyenne pondérée des autres dimensions, leurs poids étant renormalisés (elles portent \(share) du poids)."
        },
        generatedBy: { "Produit par smartcity \($0)." },
        incompleteResponses: "Non classés\u{202F}: réponses incomplètes",
        incompleteNote: "Ces répondants sont notés et ont leur propre rapport, mais ne sont ni classés ni comptés dans les statistiques et la répartition par type. Utilisez --include-incomplete pour les inclure.",
        notRanked: "Non classé",
        incompleteReason: { reason in
            switch reason {
            case .notSubmitted: return "la réponse n’a pas été envoyée (submitdate est vide)"
            case .notFinished: return "l’outil d’enquête marque la réponse comme inachevée"
            case .partialProgress(let percent): return "l’enquête a été remplie à \(ReportNumbers(decimalSeparator: ",").plain(percent))\u{202F}%"
            case .lowCoverage(let coverage): return "seulement \(ReportNumbers(decimalSeparator: ",").percent(coverage)) du questionnaire a reçu une réponse"
            }
        },
        reasonText: { reason in
            switch reason {
            case .wrongFieldCount(let found, let expected): return "\(found) champs au lieu de \(expected)"
            case .missingID: return "pas d'identifiant de répondant"
            case .duplicateID(let file, let row): return "identifiant en double (d'abord dans \(file), ligne \(row))"
            case .unreadable: return "illisible"
            }
        },
        bandRuleNote: { rule in
            rule == .upperInclusive
                ? "Un score situé sur une limite appartient à la classe inférieure\u{202F}: les classes sont ]bas, haut], la première inclut 0."
                : "Un score situé sur une limite appartient à la classe supérieure\u{202F}: les classes sont [bas, haut[, la dernière inclut 100."
        },
        minimumCoverageNote: { "Une dimension est évaluée si au moins \($0) du poids de ses questions applicables a reçu une réponse." })
}
