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
    /// "Reliable change since the earlier wave".
    var reliableChange: String
    /// How the reliable change index is computed and read.
    var reliableChangeNote: String
    /// The verdict on a change, in words.
    var verdict: @Sendable (ReliableChange) -> String
    /// "What the index rests on": the earlier wave's spread and alpha per measure.
    var reliableChangeBasis: String
    var standardDeviation: String
    var alpha: String
    var differenceError: String
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
    /// A chart's title with what it shows, when and how many: ("Total score, ranked", the wave if known, the count).
    var chartTitle: @Sendable (String, String?, Int) -> String
    /// The change chart's legend: the current wave's score above the earlier one, or below it.
    var rose: String
    var fell: String
    /// The line of a ranking or heat map for the municipalities between its top and bottom (and selected) rows.
    var notDrawn: @Sendable (Int) -> String
    /// Under a strip plot of a cohort too large for a dot per municipality.
    var densityNote: String
    /// Instead of the side-by-side tables when a large cohort was compared without `--select`.
    var sideBySideOmitted: @Sendable (Int) -> String
    /// The last row of a workbook sheet cut at a spreadsheet's limit: (the rows listed, the CSV file holding them all).
    var sheetCut: @Sendable (Int, String) -> String
    /// Under a table of one row per municipality cut at its first rows: (the rows listed, the rows in all, the CSV file holding them all).
    var tableCut: @Sendable (Int, Int, String) -> String

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
        reliableChange: "Reliable change",
        reliableChangeNote: "A change is reliable when it is larger than the questionnaire's own measurement error (Jacobson and Truax, 1991): the reliable change index is the change divided by SD × √2 × √(1 − alpha), with the standard deviation (n − 1) of the scores and Cronbach's alpha of the items (of the total: all items) in the earlier wave, as smartcity stats reports them. Above 1.96 the municipality improved, below −1.96 it declined; in between the change may be measurement error.",
        verdict: { verdict in
            switch verdict {
            case .improved: "improved"
            case .declined: "declined"
            case .noReliableChange: "no reliable change"
            }
        },
        reliableChangeBasis: "What the index rests on", standardDeviation: "Standard deviation", alpha: "Cronbach's alpha",
        differenceError: "Error of a difference",
        onlyIn: { "Only in \($0)" }, nobody: "nobody", wave: "Wave", questionnaireVersions: "Questionnaire versions",
        questionnaireVersionsNote: "The waves were answered on different versions of the questionnaire, each scored with its own; questions or weights may differ, so part of a change can come from the questionnaire.", charts: "Charts", rankingChart: "Total score, ranked",
        heatMap: "Scores per dimension", distributionChart: "Maturity types beside the reference shares",
        stripChart: "Every municipality per dimension", changeChart: "Total score then and now", cohortShare: "Cohort",
        chartTitle: { what, wave, count in "\(what), " + (wave.map { "\($0), " } ?? "") + "\(count) \(count == 1 ? "municipality" : "municipalities")" },
        rose: "same or higher", fell: "lower",
        notDrawn: { "… \($0) more \($0 == 1 ? "municipality" : "municipalities") (every one is in comparison.csv)" },
        densityNote: "Grey bars: how many municipalities have each score (the highest bar: the most frequent).",
        sideBySideOmitted: { "More than \($0) municipalities are compared: none is shown side by side, nor charted on its own. --select ID,ID,... shows those named; every municipality is in the ranks below and in comparison.csv." },
        sheetCut: { "A spreadsheet holds at most 1,048,576 rows: this sheet lists the first \($0); all of them are in \($1)." },
        tableCut: { "This table lists the first \($0) of \($1) rows; all of them are in \($2)." })

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
        reliableChange: "Betrouwbare verandering",
        reliableChangeNote: "Een verandering is betrouwbaar als ze groter is dan de meetfout van de vragenlijst zelf (Jacobson en Truax, 1991): de betrouwbare-veranderingsindex is de verandering gedeeld door SD × √2 × √(1 − alfa), met de standaardafwijking (n − 1) van de scores en Cronbachs alfa van de items (voor het totaal: alle items) in de vorige golf, zoals smartcity stats ze rapporteert. Boven 1,96 is de gemeente verbeterd, onder −1,96 achteruitgegaan; daartussen kan de verandering meetfout zijn.",
        verdict: { verdict in
            switch verdict {
            case .improved: "verbeterd"
            case .declined: "achteruitgegaan"
            case .noReliableChange: "geen betrouwbare verandering"
            }
        },
        reliableChangeBasis: "Waarop de index steunt", standardDeviation: "Standaardafwijking", alpha: "Cronbachs alfa",
        differenceError: "Fout van een verschil",
        onlyIn: { "Alleen in \($0)" }, nobody: "niemand", wave: "Golf", questionnaireVersions: "Versies van de vragenlijst",
        questionnaireVersionsNote: "De golven zijn beantwoord op verschillende versies van de vragenlijst, elk gescoord met de eigen versie; vragen of gewichten kunnen verschillen, dus een deel van een verandering kan uit de vragenlijst komen.", charts: "Grafieken", rankingChart: "Totaalscore, gerangschikt",
        heatMap: "Scores per dimensie", distributionChart: "Maturiteitstypes naast de referentieaandelen",
        stripChart: "Alle gemeenten per dimensie", changeChart: "Totaalscore toen en nu", cohortShare: "Alle gemeenten",
        chartTitle: { what, wave, count in "\(what), " + (wave.map { "\($0), " } ?? "") + "\(count) \(count == 1 ? "gemeente" : "gemeenten")" },
        rose: "gelijk of hoger", fell: "lager",
        notDrawn: { "… nog \($0) \($0 == 1 ? "gemeente" : "gemeenten") (alle staan in comparison.csv)" },
        densityNote: "Grijze staven: hoeveel gemeenten elke score hebben (de hoogste staaf: de vaakste score).",
        sideBySideOmitted: { "Er worden meer dan \($0) gemeenten vergeleken: geen enkele staat naast de andere of krijgt een eigen grafiek. --select ID,ID,... toont de genoemde; elke gemeente staat in de rangen hieronder en in comparison.csv." },
        sheetCut: { "Een rekenblad bevat ten hoogste 1.048.576 rijen: dit blad toont de eerste \($0); ze staan allemaal in \($1)." },
        tableCut: { "Deze tabel toont de eerste \($0) van \($1) rijen; ze staan allemaal in \($2)." })

    static let french = ComparisonStrings(
        title: "Comparaison", sideBySide: "Côte à côte", cohortMean: "Moyenne de la cohorte", cohortMedian: "Médiane de la cohorte",
        percentile: "Centile", zScore: "Score z", ranks: "Rangs par dimension", rankByScore: "Rang selon le score total",
        rankSum: "Somme des rangs des dimensions", rankByRankSum: "Rang selon la somme des rangs", orders: "Deux classements", peerGroups: "Groupes de pairs",
        group: "Groupe", fromGroupMedian: "Écart à la médiane du groupe", notShown: "non affiché",
        comparedCount: { all, shown in "Comparées\u{202F}: \(all) \(all == 1 ? "commune" : "communes")\u{202F}; affichées côte à côte\u{202F}: \(shown)." },
        rankNote: "Les rangs sont des rangs de compétition sur les scores exacts, du plus élevé au plus bas\u{202F}: des scores égaux partagent un rang et le rang suivant est sauté (1, 2, 2, 4).",
        percentileNote: "Le centile est la part de la cohorte ayant un score inférieur plus la moitié de celles ayant le même score.",
        zScoreNote: "Le score z est l’écart à la moyenne en écarts-types (n − 1).",
        rankSumNote: "La somme des rangs additionne les rangs d’une commune sur toutes les dimensions\u{202F}; la plus petite somme vient en premier. Des sommes égales partagent un rang et sont classées par score total, puis par identifiant. Une commune dont une dimension n’a pas de score n’a pas de somme et vient en dernier.",
        sameOrderNote: "Les deux classements sont identiques.",
        smallGroupNote: { "Les groupes de moins de \($0) communes n’ont pas de statistiques de groupe, afin qu’aucune commune ne puisse être identifiée." },
        changeSince: { "Évolution depuis \($0) (\($1))" }, since: "Depuis", before: "Avant", after: "Après", change: "Évolution",
        transitions: { "Type de maturité en \($0) (lignes) et en \($1) (colonnes)" }, noTotal: "pas de total", meanChange: "Évolution moyenne",
        reliableChange: "Changement fiable",
        reliableChangeNote: "Un changement est fiable lorsqu’il dépasse l’erreur de mesure du questionnaire lui-même (Jacobson et Truax, 1991)\u{202F}: l’indice de changement fiable est le changement divisé par ET × √2 × √(1 − alpha), avec l’écart-type (n − 1) des scores et l’alpha de Cronbach des items (pour le total\u{202F}: tous les items) de la vague précédente, tels que smartcity stats les rapporte. Au-dessus de 1,96 la commune s’est améliorée, en dessous de −1,96 elle a reculé\u{202F}; entre les deux, le changement peut venir de l’erreur de mesure.",
        verdict: { verdict in
            switch verdict {
            case .improved: "amélioration"
            case .declined: "recul"
            case .noReliableChange: "pas de changement fiable"
            }
        },
        reliableChangeBasis: "Ce sur quoi repose l’indice", standardDeviation: "Écart-type", alpha: "Alpha de Cronbach",
        differenceError: "Erreur d’une différence",
        onlyIn: { "Uniquement en \($0)" }, nobody: "aucune", wave: "Vague", questionnaireVersions: "Versions du questionnaire",
        questionnaireVersionsNote: "Les vagues ont été remplies sur des versions différentes du questionnaire, chacune notée avec la sienne\u{202F}; les questions ou les poids peuvent différer, une partie d’une évolution peut donc venir du questionnaire.", charts: "Graphiques", rankingChart: "Score total, classé",
        heatMap: "Scores par dimension", distributionChart: "Types de maturité à côté des parts de référence",
        stripChart: "Toutes les communes par dimension", changeChart: "Score total avant et maintenant", cohortShare: "Cohorte",
        chartTitle: { what, wave, count in "\(what), " + (wave.map { "\($0), " } ?? "") + "\(count) \(count == 1 ? "commune" : "communes")" },
        rose: "stable ou en hausse", fell: "en baisse",
        notDrawn: { "… \($0) \($0 == 1 ? "autre commune" : "autres communes") (toutes figurent dans comparison.csv)" },
        densityNote: "Barres grises\u{202F}: combien de communes ont chaque score (la plus haute\u{202F}: le plus fréquent).",
        sideBySideOmitted: { "Plus de \($0) communes sont comparées\u{202F}: aucune n’est affichée côte à côte ni n’a son propre graphique. --select ID,ID,... affiche celles nommées\u{202F}; chaque commune figure dans les rangs ci-dessous et dans comparison.csv." },
        sheetCut: { "Une feuille de calcul contient au plus 1 048 576 lignes\u{202F}: cette feuille présente les \($0) premières\u{202F}; toutes figurent dans \($1)." },
        tableCut: { "Ce tableau présente les \($0) premières lignes sur \($1)\u{202F}; toutes figurent dans \($2)." })
}
