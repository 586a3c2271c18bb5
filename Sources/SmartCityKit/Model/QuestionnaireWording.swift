/// What is said about a questionnaire file that breaks a rule (`QuestionnaireValidator`: a duplicate
/// id, an unknown reference, bands that do not cover 0-100) or is no questionnaire at all (a
/// responses file given first), in one language, each with its fix. A struct
/// with a value per language, so that a missing translation does not compile; chosen by the run's
/// language (`--lang`, else the environment's: a questionnaire with errors has no default yet).
/// Ids, codes, JSON paths and member names stay as written.
package struct QuestionnaireWording: Sendable, LanguageWording {
    /// What must have an id of its own.
    enum Element: Sendable {
        case dimension, question, section, band
        /// A factor, unique within its dimension (its id).
        case factor(dimension: String)
    }

    /// Between a JSON path and what is said about it (`: `, French `\u{202F}: `).
    var colon: String
    /// The end of what is said about a file that looks like a responses file: the fix (give the questionnaire first).
    var looksLikeResponses: String
    /// The document is an array (followed by `looksLikeResponses`).
    var foundArray: String
    /// The questionnaire's id cannot name a folder: (the id, the largest length).
    var unsafeID: @Sendable (_ id: String, _ length: Int) -> String
    /// Two elements share an id: (what, the id, the line of the first).
    var duplicate: @Sendable (_ element: Element, _ id: String, _ firstLine: Int) -> String
    var duplicateNonAnswerCode: String
    var sectionIsDimension: @Sendable (_ id: String) -> String
    var sectionWithoutQuestions: @Sendable (_ id: String) -> String
    var dimensionNeverScored: @Sendable (_ id: String) -> String
    /// (the level question's id, the dimension's id).
    var levelQuestionElsewhere: @Sendable (_ question: String, _ dimension: String) -> String
    /// (the level question's id, its type).
    var levelQuestionOfType: @Sendable (_ question: String, _ type: String) -> String
    var factorWithoutQuestions: @Sendable (_ id: String) -> String
    /// (the band id, the bands).
    var recommendationForUnknownBand: @Sendable (_ band: String, _ bands: String) -> String
    /// (the band id, the question id no question has).
    var recommendationOnUnknownQuestion: @Sendable (_ band: String, _ question: String) -> String
    /// (the band id, the dimension id, the other dimension's question).
    var recommendationOnOtherDimension: @Sendable (_ band: String, _ dimension: String, _ question: String) -> String
    /// (the band id, what is wrong with the answer it is done at).
    var recommendationProblem: @Sendable (_ band: String, _ problem: String) -> String
    var noRecommendation: @Sendable (_ band: String) -> String
    var reservedQuestionID: String
    var noDimensions: String
    var nothingScored: String
    /// (question, section, the sections declared, if any).
    var unknownSection: @Sendable (_ question: String, _ section: String, _ known: String?) -> String
    var factorInSection: @Sendable (_ question: String) -> String
    /// (question, dimension, the dimensions).
    var unknownDimension: @Sendable (_ question: String, _ dimension: String, _ known: String) -> String
    /// (question, factor, dimension, its factors, if any).
    var unknownFactor: @Sendable (_ question: String, _ factor: String, _ dimension: String, _ known: String?) -> String
    /// (question, dimension, its factors).
    var missingFactor: @Sendable (_ question: String, _ dimension: String, _ factors: String) -> String
    var shareWithoutScore: String
    var nonAnswerIsYesNo: @Sendable (_ code: String) -> String
    var scaleTooShort: String
    var duplicateScaleValue: @Sendable (_ value: String) -> String
    var tooFewOptions: @Sendable (_ question: String) -> String
    /// (question, its options, the most a multi question takes).
    var tooManyOptions: @Sendable (_ question: String, _ count: Int, _ capacity: Int) -> String
    var duplicateOptionCode: @Sendable (_ code: String) -> String
    var optionIsNonAnswer: @Sendable (_ code: String) -> String
    var noThreshold: String
    /// (the first threshold, the minimum answer).
    var firstThresholdAboveMinimum: @Sendable (_ first: String, _ minimum: String) -> String
    /// (the threshold, the one before).
    var thresholdsMustRise: @Sendable (_ next: String, _ previous: String) -> String
    var maximumBelowMinimum: @Sendable (_ maximum: String, _ minimum: String) -> String
    var noBands: String
    var bandsStart: @Sendable (_ lower: String) -> String
    var bandsEnd: @Sendable (_ upper: String) -> String
    /// (band, its range, the band it overlaps, that one's range, the bound to set).
    var bandsOverlap: @Sendable (_ band: String, _ range: String, _ previous: String, _ previousRange: String, _ bound: String) -> String
    /// (the band before, its upper bound, the band after, its lower bound).
    var bandsGap: @Sendable (_ previous: String, _ upper: String, _ next: String, _ lower: String) -> String
    var sharesOver100: String
    /// Why the questionnaire cannot be scored exactly.
    var exactness: @Sendable (ExactWeights.Problem) -> String
    /// Why a recommendation's answer does not fit its question.
    var mismatch: @Sendable (Recommendation.Mismatch) -> String

    package static let english = QuestionnaireWording(
        colon: ": ",
        looksLikeResponses: "; this looks like a responses file, not a questionnaire - did you swap them? Give the questionnaire (JSON) first, then the responses files",
        foundArray: "expected a questionnaire object, found an array",
        unsafeID: { id, length in
            "\"\(id)\" cannot name the report folder (Reports/<id>/); use letters A-Z and a-z, digits, '.', '_' and '-' only, "
                + "starting with a letter or digit, without '..', at most \(length) characters"
        },
        duplicate: { element, id, line in
            let what = switch element {
            case .dimension: "dimension id"
            case .question: "question id"
            case .section: "section id"
            case .band: "band id"
            case .factor(let dimension): "factor id in dimension \"\(dimension)\""
            }
            return "duplicate \(what) \"\(id)\" (first declared at line \(line)); give each a unique id"
        },
        duplicateNonAnswerCode: "nonAnswers: duplicate code; give each non-answer its own code",
        sectionIsDimension: { "section id \"\($0)\" is also a dimension id; give it its own id" },
        sectionWithoutQuestions: { "section \"\($0)\" has no questions" },
        dimensionNeverScored: { "dimension \"\($0)\" has no scored questions; it can never be scored" },
        levelQuestionElsewhere: { "levelQuestion \"\($0)\" is not a question of dimension \"\($1)\"; name one of its level questions" },
        levelQuestionOfType: { "levelQuestion \"\($0)\" is a \($1) question; the maturity level needs a level question" },
        factorWithoutQuestions: { "factor \"\($0)\" has no questions" },
        recommendationForUnknownBand: { "recommendation for unknown band \"\($0)\"; use one of \($1)" },
        recommendationOnUnknownQuestion: { "the recommendation for band \"\($0)\" is done when \"\($1)\" is answered, but no question has that id" },
        recommendationOnOtherDimension: {
            "the recommendation for band \"\($0)\" of \"\($1)\" depends on \($2), a question of another dimension; tie it to this dimension's questions"
        },
        recommendationProblem: { "the recommendation for band \"\($0)\": \($1)" },
        noRecommendation: { "no recommendation for band \"\($0)\"; add one under recommendations" },
        reservedQuestionID: "questions: \"id\" is reserved for the respondent id column; rename the question",
        noDimensions: "dimensions: none; a questionnaire needs at least one dimension to score",
        nothingScored: "questions: no dimension has a scored question, so nothing can ever be scored; give a dimension at least one scored question",
        unknownSection: { question, section, known in
            "question \"\(question)\" refers to unknown section \"\(section)\"" + (known.map { "; use one of \($0)" } ?? "; declare it under \"sections\"")
        },
        factorInSection: { "question \"\($0)\" belongs to a section and cannot have a factor" },
        unknownDimension: { "question \"\($0)\" refers to unknown dimension \"\($1)\"; use one of \($2)" },
        unknownFactor: { question, factor, dimension, known in
            "question \"\(question)\" refers to unknown factor \"\(factor)\" of dimension \"\(dimension)\""
                + (known.map { "; use one of \($0)" } ?? "; the dimension declares no factors")
        },
        missingFactor: { "question \"\($0)\" has no factor, but dimension \"\($1)\" has factors; add \"factor\" with one of \($2)" },
        shareWithoutScore: "the share rule needs at least one option with a score above 0",
        nonAnswerIsYesNo: { "the non-answer code \"\($0)\" is also a yes/no answer; choose another code" },
        scaleTooShort: "a scale needs at least two points; add points",
        duplicateScaleValue: { "duplicate scale value \($0); each point needs its own value" },
        tooFewOptions: { "question \"\($0)\" needs at least two options" },
        tooManyOptions: { "question \"\($0)\" has \($1) options; a multi question can have at most \($2), split it into several questions" },
        duplicateOptionCode: { "duplicate option code \"\($0)\"; give each option its own code" },
        optionIsNonAnswer: { "option code \"\($0)\" is also a non-answer code; choose another code" },
        noThreshold: "a number question needs at least one threshold",
        firstThresholdAboveMinimum: { "the first threshold (\($0)) is above the minimum answer (\($1)); start the thresholds at the minimum" },
        thresholdsMustRise: { "thresholds must rise: \($0) follows \($1)" },
        maximumBelowMinimum: { "maximum \($0) is below minimum \($1)" },
        noBands: "declare at least one band",
        bandsStart: { "the bands start at \($0); the lowest band must start at 0 so that every score 0-100 has a band" },
        bandsEnd: { "the bands end at \($0); the highest band must end at 100 so that every score 0-100 has a band" },
        bandsOverlap: { "band \"\($0)\" (\($1)) overlaps band \"\($2)\" (\($3)); set its lower bound to \($4)" },
        bandsGap: { previous, upper, next, lower in
            "gap between band \"\(previous)\" (ends at \(upper)) and band \"\(next)\" (starts at \(lower)); set its lower bound to \(upper), "
                + "the boundary rule decides where \(upper) itself falls"
        },
        sharesOver100: "the reference shares add up to more than 100 %",
        exactness: englishExactness, mismatch: englishMismatch)

    package static let dutch = QuestionnaireWording(
        colon: ": ",
        looksLikeResponses: "; dit lijkt een antwoordenbestand, geen vragenlijst - zijn ze verwisseld? Geef eerst de vragenlijst (JSON), dan de antwoordenbestanden",
        foundArray: "verwacht een vragenlijst (een JSON-object), maar vond een array",
        unsafeID: { id, length in
            "\"\(id)\" kan de rapportmap (Reports/<id>/) niet benoemen; gebruik alleen letters A-Z en a-z, cijfers, '.', '_' en '-', "
                + "beginnend met een letter of cijfer, zonder '..', hoogstens \(length) tekens"
        },
        duplicate: { element, id, line in
            let what = switch element {
            case .dimension: "dimensie-id"
            case .question: "vraag-id"
            case .section: "sectie-id"
            case .band: "band-id"
            case .factor(let dimension): "factor-id in dimensie \"\(dimension)\""
            }
            return "\(what) \"\(id)\" komt twee keer voor (eerst op regel \(line)); geef elk een eigen id"
        },
        duplicateNonAnswerCode: "nonAnswers: een code komt twee keer voor; geef elk niet-antwoord een eigen code",
        sectionIsDimension: { "sectie-id \"\($0)\" is ook een dimensie-id; geef de sectie een eigen id" },
        sectionWithoutQuestions: { "sectie \"\($0)\" heeft geen vragen" },
        dimensionNeverScored: { "dimensie \"\($0)\" heeft geen gescoorde vragen; ze kan nooit een score krijgen" },
        levelQuestionElsewhere: { "levelQuestion \"\($0)\" is geen vraag van dimensie \"\($1)\"; noem een van haar niveauvragen" },
        levelQuestionOfType: { "levelQuestion \"\($0)\" is een vraag van het type \($1); het maturiteitsniveau vraagt een niveauvraag (level)" },
        factorWithoutQuestions: { "factor \"\($0)\" heeft geen vragen" },
        recommendationForUnknownBand: { "aanbeveling voor een onbekende band \"\($0)\"; gebruik een van \($1)" },
        recommendationOnUnknownQuestion: { "de aanbeveling voor band \"\($0)\" is uitgevoerd als \"\($1)\" beantwoord is, maar geen enkele vraag heeft dat id" },
        recommendationOnOtherDimension: {
            "de aanbeveling voor band \"\($0)\" van \"\($1)\" hangt af van \($2), een vraag van een andere dimensie; koppel ze aan de vragen van deze dimensie"
        },
        recommendationProblem: { "de aanbeveling voor band \"\($0)\": \($1)" },
        noRecommendation: { "geen aanbeveling voor band \"\($0)\"; voeg er een toe onder recommendations" },
        reservedQuestionID: "questions: \"id\" is voorbehouden voor de kolom met de respondent-id; geef de vraag een andere naam",
        noDimensions: "dimensions: geen enkele; een vragenlijst heeft minstens één dimensie nodig om te scoren",
        nothingScored: "questions: geen enkele dimensie heeft een gescoorde vraag, dus er kan nooit iets gescoord worden; geef een dimensie minstens één gescoorde vraag",
        unknownSection: { question, section, known in
            "vraag \"\(question)\" verwijst naar een onbekende sectie \"\(section)\"" + (known.map { "; gebruik een van \($0)" } ?? "; declareer ze onder \"sections\"")
        },
        factorInSection: { "vraag \"\($0)\" hoort bij een sectie en kan geen factor hebben" },
        unknownDimension: { "vraag \"\($0)\" verwijst naar een onbekende dimensie \"\($1)\"; gebruik een van \($2)" },
        unknownFactor: { question, factor, dimension, known in
            "vraag \"\(question)\" verwijst naar een onbekende factor \"\(factor)\" van dimensie \"\(dimension)\""
                + (known.map { "; gebruik een van \($0)" } ?? "; de dimensie declareert geen factoren")
        },
        missingFactor: { "vraag \"\($0)\" heeft geen factor, maar dimensie \"\($1)\" heeft factoren; voeg \"factor\" toe met een van \($2)" },
        shareWithoutScore: "de regel share vraagt minstens één keuze met een score boven 0",
        nonAnswerIsYesNo: { "de niet-antwoordcode \"\($0)\" is ook een ja/nee-antwoord; kies een andere code" },
        scaleTooShort: "een schaal heeft minstens twee punten nodig; voeg punten toe",
        duplicateScaleValue: { "schaalwaarde \($0) komt twee keer voor; elk punt heeft een eigen waarde nodig" },
        tooFewOptions: { "vraag \"\($0)\" heeft minstens twee keuzes nodig" },
        tooManyOptions: { "vraag \"\($0)\" heeft \($1) keuzes; een meerkeuzevraag (multi) kan er hoogstens \($2) hebben, splits ze in meerdere vragen" },
        duplicateOptionCode: { "keuzecode \"\($0)\" komt twee keer voor; geef elke keuze een eigen code" },
        optionIsNonAnswer: { "keuzecode \"\($0)\" is ook een niet-antwoordcode; kies een andere code" },
        noThreshold: "een getalvraag heeft minstens één drempel nodig",
        firstThresholdAboveMinimum: { "de eerste drempel (\($0)) ligt boven het kleinste antwoord (\($1)); laat de drempels bij het minimum beginnen" },
        thresholdsMustRise: { "de drempels moeten stijgen: \($0) volgt op \($1)" },
        maximumBelowMinimum: { "maximum \($0) ligt onder minimum \($1)" },
        noBands: "declareer minstens één band",
        bandsStart: { "de banden beginnen bij \($0); de laagste band moet bij 0 beginnen, zodat elke score van 0 tot 100 een band heeft" },
        bandsEnd: { "de banden eindigen bij \($0); de hoogste band moet bij 100 eindigen, zodat elke score van 0 tot 100 een band heeft" },
        bandsOverlap: { "band \"\($0)\" (\($1)) overlapt band \"\($2)\" (\($3)); zet de ondergrens op \($4)" },
        bandsGap: { previous, upper, next, lower in
            "gat tussen band \"\(previous)\" (eindigt bij \(upper)) en band \"\(next)\" (begint bij \(lower)); zet de ondergrens op \(upper), "
                + "de grensregel (boundary) beslist waar \(upper) zelf valt"
        },
        sharesOver100: "de referentieaandelen tellen op tot meer dan 100 %",
        exactness: dutchExactness, mismatch: dutchMismatch)

    package static let french = QuestionnaireWording(
        colon: "\u{202F}: ",
        looksLikeResponses: "\u{202F}; ceci ressemble à un fichier de réponses, pas à un questionnaire - les avez-vous inversés\u{202F}? "
            + "Donnez d’abord le questionnaire (JSON), puis les fichiers de réponses",
        foundArray: "attendu un questionnaire (un objet JSON), trouvé un tableau",
        unsafeID: { id, length in
            "«\u{202F}\(id)\u{202F}» ne peut pas nommer le dossier des rapports (Reports/<id>/)\u{202F}; utilisez uniquement des lettres A-Z et a-z, "
                + "des chiffres, '.', '_' et '-', en commençant par une lettre ou un chiffre, sans '..', \(length) caractères au plus"
        },
        duplicate: { element, id, line in
            let what = switch element {
            case .dimension: "identifiant de dimension"
            case .question: "identifiant de question"
            case .section: "identifiant de section"
            case .band: "identifiant de bande"
            case .factor(let dimension): "identifiant de facteur dans la dimension «\u{202F}\(dimension)\u{202F}»"
            }
            return "\(what) «\u{202F}\(id)\u{202F}» en double (d’abord déclaré à la ligne \(line))\u{202F}; donnez à chacun un identifiant unique"
        },
        duplicateNonAnswerCode: "nonAnswers\u{202F}: code en double\u{202F}; donnez à chaque non-réponse son propre code",
        sectionIsDimension: { "l’identifiant de section «\u{202F}\($0)\u{202F}» est aussi un identifiant de dimension\u{202F}; donnez-lui son propre identifiant" },
        sectionWithoutQuestions: { "la section «\u{202F}\($0)\u{202F}» n’a pas de questions" },
        dimensionNeverScored: { "la dimension «\u{202F}\($0)\u{202F}» n’a pas de questions notées\u{202F}; elle ne peut jamais recevoir de score" },
        levelQuestionElsewhere: {
            "levelQuestion «\u{202F}\($0)\u{202F}» n’est pas une question de la dimension «\u{202F}\($1)\u{202F}»\u{202F}; nommez l’une de ses questions de niveau"
        },
        levelQuestionOfType: { "levelQuestion «\u{202F}\($0)\u{202F}» est une question de type \($1)\u{202F}; le niveau de maturité demande une question de niveau (level)" },
        factorWithoutQuestions: { "le facteur «\u{202F}\($0)\u{202F}» n’a pas de questions" },
        recommendationForUnknownBand: { "recommandation pour une bande inconnue «\u{202F}\($0)\u{202F}»\u{202F}; utilisez l’une de \($1)" },
        recommendationOnUnknownQuestion: {
            "la recommandation pour la bande «\u{202F}\($0)\u{202F}» est réalisée quand «\u{202F}\($1)\u{202F}» a une réponse, mais aucune question n’a cet identifiant"
        },
        recommendationOnOtherDimension: {
            "la recommandation pour la bande «\u{202F}\($0)\u{202F}» de «\u{202F}\($1)\u{202F}» dépend de \($2), une question d’une autre dimension\u{202F}; "
                + "liez-la aux questions de cette dimension"
        },
        recommendationProblem: { "la recommandation pour la bande «\u{202F}\($0)\u{202F}»\u{202F}: \($1)" },
        noRecommendation: { "pas de recommandation pour la bande «\u{202F}\($0)\u{202F}»\u{202F}; ajoutez-en une sous recommendations" },
        reservedQuestionID: "questions\u{202F}: «\u{202F}id\u{202F}» est réservé à la colonne de l’identifiant de répondant\u{202F}; renommez la question",
        noDimensions: "dimensions\u{202F}: aucune\u{202F}; un questionnaire a besoin d’au moins une dimension pour calculer un score",
        nothingScored: "questions\u{202F}: aucune dimension n’a de question notée, rien ne peut donc jamais recevoir de score\u{202F}; "
            + "donnez à une dimension au moins une question notée",
        unknownSection: { question, section, known in
            "la question «\u{202F}\(question)\u{202F}» renvoie à une section inconnue «\u{202F}\(section)\u{202F}»"
                + (known.map { "\u{202F}; utilisez l’une de \($0)" } ?? "\u{202F}; déclarez-la sous «\u{202F}sections\u{202F}»")
        },
        factorInSection: { "la question «\u{202F}\($0)\u{202F}» appartient à une section et ne peut pas avoir de facteur" },
        unknownDimension: { "la question «\u{202F}\($0)\u{202F}» renvoie à une dimension inconnue «\u{202F}\($1)\u{202F}»\u{202F}; utilisez l’une de \($2)" },
        unknownFactor: { question, factor, dimension, known in
            "la question «\u{202F}\(question)\u{202F}» renvoie à un facteur inconnu «\u{202F}\(factor)\u{202F}» de la dimension «\u{202F}\(dimension)\u{202F}»"
                + (known.map { "\u{202F}; utilisez l’un de \($0)" } ?? "\u{202F}; la dimension ne déclare aucun facteur")
        },
        missingFactor: {
            "la question «\u{202F}\($0)\u{202F}» n’a pas de facteur, mais la dimension «\u{202F}\($1)\u{202F}» a des facteurs\u{202F}; "
                + "ajoutez «\u{202F}factor\u{202F}» avec l’un de \($2)"
        },
        shareWithoutScore: "la règle share demande au moins une option dont le score dépasse 0",
        nonAnswerIsYesNo: { "le code de non-réponse «\u{202F}\($0)\u{202F}» est aussi une réponse oui/non\u{202F}; choisissez un autre code" },
        scaleTooShort: "une échelle demande au moins deux points\u{202F}; ajoutez des points",
        duplicateScaleValue: { "valeur d’échelle \($0) en double\u{202F}; chaque point demande sa propre valeur" },
        tooFewOptions: { "la question «\u{202F}\($0)\u{202F}» demande au moins deux options" },
        tooManyOptions: {
            "la question «\u{202F}\($0)\u{202F}» a \($1) options\u{202F}; une question à choix multiple (multi) peut en avoir \($2) au plus, "
                + "répartissez-la en plusieurs questions"
        },
        duplicateOptionCode: { "code d’option «\u{202F}\($0)\u{202F}» en double\u{202F}; donnez à chaque option son propre code" },
        optionIsNonAnswer: { "le code d’option «\u{202F}\($0)\u{202F}» est aussi un code de non-réponse\u{202F}; choisissez un autre code" },
        noThreshold: "une question numérique demande au moins un seuil",
        firstThresholdAboveMinimum: { "le premier seuil (\($0)) dépasse la plus petite réponse (\($1))\u{202F}; commencez les seuils au minimum" },
        thresholdsMustRise: { "les seuils doivent croître\u{202F}: \($0) suit \($1)" },
        maximumBelowMinimum: { "le maximum \($0) est inférieur au minimum \($1)" },
        noBands: "déclarez au moins une bande",
        bandsStart: { "les bandes commencent à \($0)\u{202F}; la plus basse doit commencer à 0 pour que chaque score de 0 à 100 ait une bande" },
        bandsEnd: { "les bandes finissent à \($0)\u{202F}; la plus haute doit finir à 100 pour que chaque score de 0 à 100 ait une bande" },
        bandsOverlap: { "la bande «\u{202F}\($0)\u{202F}» (\($1)) chevauche la bande «\u{202F}\($2)\u{202F}» (\($3))\u{202F}; mettez sa borne inférieure à \($4)" },
        bandsGap: { previous, upper, next, lower in
            "trou entre la bande «\u{202F}\(previous)\u{202F}» (finit à \(upper)) et la bande «\u{202F}\(next)\u{202F}» (commence à \(lower))\u{202F}; "
                + "mettez sa borne inférieure à \(upper), la règle de limite (boundary) décide où tombe \(upper) lui-même"
        },
        sharesOver100: "les parts de référence dépassent 100 % au total",
        exactness: frenchExactness, mismatch: frenchMismatch)

    private static func englishExactness(_ problem: ExactWeights.Problem) -> String {
        switch problem {
        case .commonUnitTooFine: return "the scale values and option scores need a common unit finer than 1/2^40 of a point to score exactly; use fewer decimals"
        case .weightsTooFine:
            return "the weights of the dimensions, factors and questions combine into fractions too fine to score exactly (beyond 128-bit arithmetic); use simpler weights"
        case .tooManyDigits(let quantity, let value):
            let what = switch quantity {
            case .weight: "the weight"
            case .factorWeight: "the factor weight"
            case .minimumCoverage: "the minimum coverage"
            case .optionScore: "the option score"
            case .thresholdScore: "the threshold score"
            case .maximum: "the maximum"
            case .scaleValue: "the scale value"
            }
            return "\(what) \(value) is too large or has too many digits to score exactly; use at most 12 significant digits"
        case .dimensionWeightsTooFine(let id): return "the factor and question weights of \(id) combine into fractions too fine to score exactly; use simpler weights"
        }
    }

    private static func dutchExactness(_ problem: ExactWeights.Problem) -> String {
        switch problem {
        case .commonUnitTooFine:
            return "de schaalwaarden en keuzescores vragen een gemeenschappelijke eenheid fijner dan 1/2^40 punt om exact te scoren; gebruik minder decimalen"
        case .weightsTooFine:
            return "de gewichten van de dimensies, factoren en vragen geven samen breuken die te fijn zijn om exact te scoren (voorbij 128-bitsrekenkunde); gebruik eenvoudiger gewichten"
        case .tooManyDigits(let quantity, let value):
            let what = switch quantity {
            case .weight: "het gewicht"
            case .factorWeight: "het factorgewicht"
            case .minimumCoverage: "de minimale dekking"
            case .optionScore: "de keuzescore"
            case .thresholdScore: "de drempelscore"
            case .maximum: "het maximum"
            case .scaleValue: "de schaalwaarde"
            }
            return "\(what) \(value) is te groot of heeft te veel cijfers om exact te scoren; gebruik hoogstens 12 beduidende cijfers"
        case .dimensionWeightsTooFine(let id):
            return "de factor- en vraaggewichten van \(id) geven samen breuken die te fijn zijn om exact te scoren; gebruik eenvoudiger gewichten"
        }
    }

    private static func frenchExactness(_ problem: ExactWeights.Problem) -> String {
        switch problem {
        case .commonUnitTooFine:
            return "les valeurs d’échelle et les scores d’options demandent une unité commune plus fine que 1/2^40 de point pour un score exact\u{202F}; utilisez moins de décimales"
        case .weightsTooFine:
            return "les poids des dimensions, facteurs et questions se combinent en fractions trop fines pour un score exact (au-delà de l’arithmétique 128 bits)\u{202F}; "
                + "utilisez des poids plus simples"
        case .tooManyDigits(let quantity, let value):
            let what = switch quantity {
            case .weight: "le poids"
            case .factorWeight: "le poids du facteur"
            case .minimumCoverage: "la couverture minimale"
            case .optionScore: "le score de l’option"
            case .thresholdScore: "le score du seuil"
            case .maximum: "le maximum"
            case .scaleValue: "la valeur d’échelle"
            }
            return "\(what) \(value) est trop grand ou a trop de chiffres pour un score exact\u{202F}; utilisez au plus 12 chiffres significatifs"
        case .dimensionWeightsTooFine(let id):
            return "les poids des facteurs et des questions de \(id) se combinent en fractions trop fines pour un score exact\u{202F}; utilisez des poids plus simples"
        }
    }

    private static func englishMismatch(_ mismatch: Recommendation.Mismatch) -> String {
        switch mismatch {
        case .notAnOption(let answer, let question, let codes): "\"\(answer)\" is not an option of \(question); use one of \(codes)"
        case .notYesNo(let question): "\(question) is a yes/no question; use \"yes\" or \"no\""
        case .notANumber(let question, let answer): "\(question) takes a number; \"\(answer)\" is not one"
        }
    }

    private static func dutchMismatch(_ mismatch: Recommendation.Mismatch) -> String {
        switch mismatch {
        case .notAnOption(let answer, let question, let codes): "\"\(answer)\" is geen keuze van \(question); gebruik een van \(codes)"
        case .notYesNo(let question): "\(question) is een ja/nee-vraag; gebruik \"yes\" of \"no\""
        case .notANumber(let question, let answer): "\(question) neemt een getal; \"\(answer)\" is er geen"
        }
    }

    private static func frenchMismatch(_ mismatch: Recommendation.Mismatch) -> String {
        switch mismatch {
        case .notAnOption(let answer, let question, let codes): "«\u{202F}\(answer)\u{202F}» n’est pas une option de \(question)\u{202F}; utilisez l’un de \(codes)"
        case .notYesNo(let question): "\(question) est une question oui/non\u{202F}; utilisez \"yes\" ou \"no\""
        case .notANumber(let question, let answer): "\(question) prend un nombre\u{202F}; «\u{202F}\(answer)\u{202F}» n’en est pas un"
        }
    }
}
