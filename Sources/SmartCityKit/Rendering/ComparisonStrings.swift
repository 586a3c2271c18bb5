/// The fixed words of comparison reports, in one language (beside `ReportStrings`, whose words
/// they also use). A struct, so that a missing translation does not compile.
struct ComparisonStrings: LanguageWording {
    package var title: String
    var sideBySide: String
    var cohortMean: String
    var cohortMedian: String
    var percentile: String
    var zScore: String
    var ranks: String
    var rankByScore: String
    var rankSum: String
    var rankByRankSum: String
    var orders: String
    var peerGroups: String
    var group: String
    var fromGroupMedian: String
    var notShown: String
    /// "Compared: 12 municipalities; shown side by side: 3."
    var comparedCount: @Sendable (Int, Int) -> String
    var rankNote: String
    var percentileNote: String
    var zScoreNote: String
    var rankSumNote: String
    var sameOrderNote: String
    /// The note on groups too small to show: (the minimum size).
    var smallGroupNote: @Sendable (Int) -> String
    /// "Change since 2023 (2024)": (earlier wave, current wave).
    var changeSince: @Sendable (String, String) -> String
    var since: String
    var before: String
    var after: String
    var change: String
    /// "Maturity type in 2023 (rows) and 2024 (columns)".
    var transitions: @Sendable (String, String) -> String
    var noTotal: String
    var meanChange: String
    /// "Only in 2023": (wave).
    var onlyIn: @Sendable (String) -> String
    var nobody: String
    var wave: String
    var questionnaireVersions: String
    var questionnaireVersionsNote: String
    var charts: String
    var rankingChart: String
    var heatMap: String
    var distributionChart: String
    var stripChart: String
    var changeChart: String
    var cohortShare: String

    package static let english = ComparisonStrings(
        title: "Comparison", sideBySide: "Side by side", cohortMean: "Cohort mean", cohortMedian: "Cohort median",
        percentile: "Percentile", zScore: "z-score", ranks: "Ranks per dimension", rankByScore: "Rank by total score",
        rankSum: "Sum of dimension ranks", rankByRankSum: "Rank by rank sum", orders: "Two orders", peerGroups: "Peer groups",
        group: "Group", fromGroupMedian: "Difference from the group median", notShown: "not shown",
        comparedCount: { all, shown in "Compared: \(all) \(all == 1 ? "municipality" : "municipalities"); shown side by side: \(shown)." },
        rankNote: "Ranks are competition ranks on the exact scores, highest first: equal scores share a rank and the next rank is skipped (1, 2, 2, 4).",
        percentileNote: "The percentile is the share of the cohort scoring lower plus half of those scoring the same.",
        zScoreNote: "The z-score is the distance from the cohort mean in standard deviations (n − 1).",
        rankSumNote: "The rank sum adds a municipality's ranks over all dimensions; the lowest sum comes first. Equal sums share a rank and are listed by total score, then id. A municipality with a dimension not scored has no rank sum and comes last.",
        sameOrderNote: "Both orders are the same.",
        smallGroupNote: { "Groups with fewer than \($0) municipalities get no group statistics, so that no municipality can be singled out." },
        changeSince: { "Change since \($0) (\($1))" }, since: "Since", before: "Before", after: "After", change: "Change",
        transitions: { "Maturity type in \($0) (rows) and \($1) (columns)" }, noTotal: "no total", meanChange: "Mean change",
        onlyIn: { "Only in \($0)" }, nobody: "nobody", wave: "Wave", questionnaireVersions: "Questionnaire versions",
        questionnaireVersionsNote: "The waves were answered on different versions of the questionnaire, each scored with its own; questions or weights may differ, so part of a change can come from the questionnaire.", charts: "Charts", rankingChart: "Total score, ranked",
        heatMap: "Scores per dimension", distributionChart: "Maturity types beside the reference shares",
        stripChart: "Every municipality per dimension", changeChart: "Total score then and now", cohortShare: "Cohort")

    static let dutch = ComparisonStrings(
        title: "Vergelijking", sideBySide: "Naast elkaar", cohortMean: "Gemiddelde van alle gemeenten", cohortMedian: "Mediaan van alle gemeenten",
        percentile: "Percentiel", zScore: "z-score", ranks: "Rang per dimensie", rankByScore: "Rang volgens totaalscore",
        rankSum: "Som van de dimensierangen", rankByRankSum: "Rang volgens rangsom", orders: "Twee volgordes", peerGroups: "Vergelijkbare gemeenten",
        group: "Groep", fromGroupMedian: "Verschil met de mediaan van de groep", notShown: "niet getoond",
        comparedCount: { all, shown in "Vergeleken: \(all) \(all == 1 ? "gemeente" : "gemeenten"); naast elkaar getoond: \(shown)." },
        rankNote: "Rangen zijn competitierangen op de exacte scores, hoogste eerst: gelijke scores delen een rang en de volgende rang wordt overgeslagen (1, 2, 2, 4).",
        percentileNote: "Het percentiel is het aandeel van alle gemeenten met een lagere score plus de helft van wie dezelfde score heeft.",
        zScoreNote: "De z-score is de afstand tot het gemiddelde in standaardafwijkingen (n − 1).",
        rankSumNote: "De rangsom telt de rangen van een gemeente over alle dimensies op; de laagste som komt eerst. Gelijke sommen delen een rang en staan op totaalscore, dan op id. Een gemeente met een dimensie zonder score heeft geen rangsom en komt achteraan.",
        sameOrderNote: "Beide volgordes zijn gelijk.",
        smallGroupNote: { "Groepen van minder dan \($0) gemeenten krijgen geen groepsstatistieken, zodat geen gemeente herkenbaar wordt." },
        changeSince: { "Verandering sinds \($0) (\($1))" }, since: "Sinds", before: "Voor", after: "Na", change: "Verandering",
        transitions: { "Maturiteitstype in \($0) (rijen) en \($1) (kolommen)" }, noTotal: "geen totaal", meanChange: "Gemiddelde verandering",
        onlyIn: { "Alleen in \($0)" }, nobody: "niemand", wave: "Golf", questionnaireVersions: "Versies van de vragenlijst",
        questionnaireVersionsNote: "De golven zijn beantwoord op verschillende versies van de vragenlijst, elk gescoord met de eigen versie; vragen of gewichten kunnen verschillen, dus een deel van een verandering kan uit de vragenlijst komen.", charts: "Grafieken", rankingChart: "Totaalscore, gerangschikt",
        heatMap: "Scores per dimensie", distributionChart: "Maturiteitstypes naast de referentieaandelen",
        stripChart: "Alle gemeenten per dimensie", changeChart: "Totaalscore toen en nu", cohortShare: "Alle gemeenten")

    static let french = ComparisonStrings(
        title: "Comparaison", sideBySide: "Côte à côte", cohortMean: "Moyenne de la cohorte", cohortMedian: "Médiane de la cohorte",
        percentile: "Centile", zScore: "Score z", ranks: "Rangs par dimension", rankByScore: "Rang selon le score total",
        rankSum: "Somme des rangs des dimensions", rankByRankSum: "Rang selon la somme des rangs", orders: "Deux classements", peerGroups: "Groupes de pairs",
        group: "Groupe", fromGroupMedian: "Écart à la médiane du groupe", notShown: "non affiché",
        comparedCount: { all, shown in "Comparées : \(all) \(all == 1 ? "commune" : "communes") ; affichées côte à côte : \(shown)." },
        rankNote: "Les rangs sont des rangs de compétition sur les scores exacts, du plus élevé au plus bas : des scores égaux partagent un rang et le rang suivant est sauté (1, 2, 2, 4).",
        percentileNote: "Le centile est la part de la cohorte ayant un score inférieur plus la moitié de celles ayant le même score.",
        zScoreNote: "Le score z est l’écart à la moyenne en écarts-types (n − 1).",
        rankSumNote: "La somme des rangs additionne les rangs d’une commune sur toutes les dimensions ; la plus petite somme vient en premier. Des sommes égales partagent un rang et sont classées par score total, puis par identifiant. Une commune dont une dimension n’a pas de score n’a pas de somme et vient en dernier.",
        sameOrderNote: "Les deux classements sont identiques.",
        smallGroupNote: { "Les groupes de moins de \($0) communes n’ont pas de statistiques de groupe, afin qu’aucune commune ne puisse être identifiée." },
        changeSince: { "Évolution depuis \($0) (\($1))" }, since: "Depuis", before: "Avant", after: "Après", change: "Évolution",
        transitions: { "Type de maturité en \($0) (lignes) et en \($1) (colonnes)" }, noTotal: "pas de total", meanChange: "Évolution moyenne",
        onlyIn: { "Uniquement en \($0)" }, nobody: "aucune", wave: "Vague", questionnaireVersions: "Versions du questionnaire",
        questionnaireVersionsNote: "Les vagues ont été remplies sur des versions différentes du questionnaire, chacune notée avec la sienne ; les questions ou les poids peuvent différer, une partie d’une évolution peut donc venir du questionnaire.", charts: "Graphiques", rankingChart: "Score total, classé",
        heatMap: "Scores par dimension", distributionChart: "Types de maturité à côté des parts de référence",
        stripChart: "Toutes les communes par dimension", changeChart: "Score total avant et maintenant", cohortShare: "Cohorte")
}
