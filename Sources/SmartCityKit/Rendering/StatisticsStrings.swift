/// The fixed words of the statistics report, in one language (beside `ReportStrings`, whose
/// words it also uses). A struct, so that a missing translation does not compile.
struct StatisticsStrings: LanguageWording {
    package var title: String
    /// "5000 complete respondents counted, in 4 groups by region."
    var countedNote: @Sendable (_ respondents: Int, _ groups: Int, _ column: String?) -> String
    var scores: String
    var byGroup: String
    var group: String
    var cohort: String
    var standardError: String
    var confidenceInterval: String
    var atFloor: String
    var atCeiling: String
    var scoresNote: String
    var types: String
    var test: String
    var withoutType: String
    var chiSquare: String
    var degreesOfFreedom: String
    var pValue: String
    var classes: String
    var untestedNoShares: String
    var untestedTooFew: String
    var testNote: String
    var reliability: String
    var items: String
    var alpha: String
    var standardisedAlpha: String
    var itemTotal: String
    var alphaIfDeleted: String
    var flag: String
    var lowAlpha: String
    var negativeItem: String
    var reliabilityNote: String
    var noReliability: String
    var correlations: String
    var pearson: String
    var spearman: String
    var correlationNote: String
    var itemStatistics: String
    var meanItemScore: String
    package var answers: String
    var itemsNote: String

    package static let english = StatisticsStrings(
        title: "Statistics",
        countedNote: { n, groups, column in
            "\(n) complete \(n == 1 ? "respondent" : "respondents") counted" + (column.map { ", in \(groups) \(groups == 1 ? "group" : "groups") by \($0)" } ?? "") + "."
        },
        scores: "Scores per dimension", byGroup: "By group", group: "Group", cohort: "All", standardError: "SE",
        confidenceInterval: "95 % CI", atFloor: "At 0", atCeiling: "At 100",
        scoresNote: "SD: standard deviation (n − 1). SE: standard error of the mean. 95 % CI: confidence interval of the mean by Student's t with n − 1 degrees of freedom. Q1, Q3: quartiles by linear interpolation between order statistics (R's default type 7, pandas' linear). At 0, at 100: the share of respondents with exactly that score.",
        types: "Maturity types", test: "Test against the reference shares", withoutType: "no total", chiSquare: "χ²", degreesOfFreedom: "df", pValue: "p",
        classes: "Classes tested", untestedNoShares: "not tested: the questionnaire gives no reference share for every type",
        untestedTooFew: "not tested: too few respondents for an expected count of 5 in two classes",
        testNote: "Chi-square goodness-of-fit test of the observed types against the reference shares (normalised to sum to 1). Adjacent types are merged, lowest first, until each class expects at least 5 respondents; a last class below 5 joins the one before it. Respondents without a total are not tested.",
        reliability: "Reliability of the dimensions", items: "Items", alpha: "Cronbach's α", standardisedAlpha: "Standardised α",
        itemTotal: "Item-total r", alphaIfDeleted: "α if deleted", flag: "Note", lowAlpha: "α below 0.7",
        negativeItem: "correlates negatively with the other items: a reverse item forgotten?",
        reliabilityNote: "Cronbach's α of the item scores (0-100, unweighted) over the respondents who answered every scored item of the dimension (listwise: don't know, not applicable and blank leave the respondent out of that dimension). 95 % CI by Feldt's method (F distribution). Standardised α from the mean inter-item correlation. Item-total r: the correlation of an item with the sum of the other items (corrected).",
        noReliability: "No dimension has two or more scored items.",
        correlations: "Correlations between dimensions", pearson: "Pearson", spearman: "Spearman",
        correlationNote: "Pairwise complete: each correlation uses the respondents with a score on both dimensions (n in brackets). Spearman's ρ is Pearson's r of the ranks, ties sharing their mean rank.",
        itemStatistics: "Items", meanItemScore: "Mean item score", answers: "Answers",
        itemsNote: "Counts of every scored question's answers by status; the mean item score (0-100) and the answers are over the answered ones.")

    static let dutch = StatisticsStrings(
        title: "Statistieken",
        countedNote: { n, groups, column in
            "\(n) volledige \(n == 1 ? "respondent" : "respondenten") geteld" + (column.map { ", in \(groups) \(groups == 1 ? "groep" : "groepen") volgens \($0)" } ?? "") + "."
        },
        scores: "Scores per dimensie", byGroup: "Per groep", group: "Groep", cohort: "Alle", standardError: "SE",
        confidenceInterval: "95 %-BI", atFloor: "Op 0", atCeiling: "Op 100",
        scoresNote: "SD: standaardafwijking (n − 1). SE: standaardfout van het gemiddelde. 95 %-BI: betrouwbaarheidsinterval van het gemiddelde volgens Student-t met n − 1 vrijheidsgraden. Q1, Q3: kwartielen door lineaire interpolatie tussen de geordende waarden (type 7 van R, linear van pandas). Op 0, op 100: het aandeel respondenten met precies die score.",
        types: "Maturiteitstypes", test: "Toets tegen de referentieaandelen", withoutType: "geen totaal", chiSquare: "χ²", degreesOfFreedom: "vg", pValue: "p",
        classes: "Getoetste klassen", untestedNoShares: "niet getoetst: de vragenlijst geeft niet voor elk type een referentieaandeel",
        untestedTooFew: "niet getoetst: te weinig respondenten voor een verwachte frequentie van 5 in twee klassen",
        testNote: "Chi-kwadraattoets voor aanpassing van de waargenomen types aan de referentieaandelen (herschaald tot som 1). Aangrenzende types worden samengevoegd, laagste eerst, tot elke klasse minstens 5 respondenten verwacht; een laatste klasse onder 5 gaat op in de vorige. Respondenten zonder totaal worden niet getoetst.",
        reliability: "Betrouwbaarheid van de dimensies", items: "Items", alpha: "Cronbachs α", standardisedAlpha: "Gestandaardiseerde α",
        itemTotal: "Item-totaal r", alphaIfDeleted: "α zonder item", flag: "Opmerking", lowAlpha: "α onder 0,7",
        negativeItem: "correleert negatief met de andere items: een omgekeerd item vergeten?",
        reliabilityNote: "Cronbachs α van de itemscores (0-100, ongewogen) over de respondenten die elk gescoord item van de dimensie beantwoordden (listwise: weet niet, niet van toepassing en leeg laten de respondent weg uit die dimensie). 95 %-BI volgens Feldt (F-verdeling). Gestandaardiseerde α uit de gemiddelde correlatie tussen items. Item-totaal r: de correlatie van een item met de som van de andere items (gecorrigeerd).",
        noReliability: "Geen dimensie heeft twee of meer gescoorde items.",
        correlations: "Correlaties tussen dimensies", pearson: "Pearson", spearman: "Spearman",
        correlationNote: "Paarsgewijs volledig: elke correlatie gebruikt de respondenten met een score op beide dimensies (n tussen haakjes). Spearmans ρ is Pearsons r van de rangen, gelijke waarden krijgen hun gemiddelde rang.",
        itemStatistics: "Items", meanItemScore: "Gemiddelde itemscore", answers: "Antwoorden",
        itemsNote: "Aantallen antwoorden op elke gescoorde vraag per status; de gemiddelde itemscore (0-100) en de antwoorden zijn over de beantwoorde.")

    static let french = StatisticsStrings(
        title: "Statistiques",
        countedNote: { n, groups, column in
            "\(n) \(n == 1 ? "répondant complet compté" : "répondants complets comptés")" + (column.map { ", en \(groups) \(groups == 1 ? "groupe" : "groupes") selon \($0)" } ?? "") + "."
        },
        scores: "Scores par dimension", byGroup: "Par groupe", group: "Groupe", cohort: "Tous", standardError: "ES",
        confidenceInterval: "IC 95 %", atFloor: "À 0", atCeiling: "À 100",
        scoresNote: "ET : écart-type (n − 1). ES : erreur standard de la moyenne. IC 95 % : intervalle de confiance de la moyenne selon la loi de Student à n − 1 degrés de liberté. Q1, Q3 : quartiles par interpolation linéaire entre les valeurs ordonnées (type 7 de R, linear de pandas). À 0, à 100 : la part des répondants ayant exactement ce score.",
        types: "Types de maturité", test: "Test par rapport aux parts de référence", withoutType: "pas de total", chiSquare: "χ²", degreesOfFreedom: "ddl", pValue: "p",
        classes: "Classes testées", untestedNoShares: "non testé : le questionnaire ne donne pas de part de référence pour chaque type",
        untestedTooFew: "non testé : trop peu de répondants pour un effectif attendu de 5 dans deux classes",
        testNote: "Test du khi-deux d’ajustement des types observés aux parts de référence (normalisées à une somme de 1). Les types adjacents sont regroupés, du plus bas au plus haut, jusqu’à ce que chaque classe attende au moins 5 répondants ; une dernière classe sous 5 rejoint la précédente. Les répondants sans total ne sont pas testés.",
        reliability: "Fiabilité des dimensions", items: "Items", alpha: "α de Cronbach", standardisedAlpha: "α standardisé",
        itemTotal: "r item-total", alphaIfDeleted: "α sans l’item", flag: "Remarque", lowAlpha: "α inférieur à 0,7",
        negativeItem: "corrélé négativement aux autres items : un item inversé oublié ?",
        reliabilityNote: "α de Cronbach des scores d’item (0-100, non pondérés) sur les répondants ayant répondu à chaque item noté de la dimension (listwise : ne sait pas, non applicable et vide excluent le répondant de cette dimension). IC 95 % selon Feldt (loi F). α standardisé à partir de la corrélation moyenne entre items. r item-total : la corrélation d’un item avec la somme des autres items (corrigée).",
        noReliability: "Aucune dimension n’a deux items notés ou plus.",
        correlations: "Corrélations entre dimensions", pearson: "Pearson", spearman: "Spearman",
        correlationNote: "Par paires complètes : chaque corrélation utilise les répondants ayant un score sur les deux dimensions (n entre parenthèses). Le ρ de Spearman est le r de Pearson des rangs, les ex aequo recevant leur rang moyen.",
        itemStatistics: "Items", meanItemScore: "Score d’item moyen", answers: "Réponses",
        itemsNote: "Nombre de réponses à chaque question notée par statut ; le score d’item moyen (0-100) et les réponses portent sur les réponses données.")
}
