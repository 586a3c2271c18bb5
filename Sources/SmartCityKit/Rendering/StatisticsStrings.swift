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
    var significance: String
    var pHolm: String
    var pBenjaminiHochberg: String
    var significanceNote: String
    var groupTests: String
    var groupsTested: String
    var welchF: String
    var omegaSquared: String
    var kruskalH: String
    var epsilonSquared: String
    var notTested: String
    var groupTestsNote: String
    var pairwiseTests: String
    var gamesHowellTests: String
    var meanDifference: String
    var gamesHowellNote: String
    var meanRankDifference: String
    var pairwiseNote: String
    var moreReliability: String
    var lambda6: String
    var omegaTotal: String
    var pairwiseAlpha: String
    var pairwiseStandardisedAlpha: String
    var pairwiseLambda6: String
    var pairwiseOmega: String
    var smallestPair: String
    var loading: String
    var pairwiseItemTotal: String
    var pairwiseAlphaIfDeleted: String
    var moreReliabilityNote: String
    var reliabilityIntervals: String
    var basis: String
    var listwise: String
    var pairwise: String
    /// How the bootstrap intervals were computed: resamples and seed.
    var bootstrapNote: @Sendable (_ replicates: Int, _ seed: UInt64) -> String
    /// Why there are none: the item scores the bootstrap would keep, and its limit.
    var bootstrapSkipped: @Sendable (_ needed: Int, _ limit: Int) -> String
    var leftOut: String
    var leftOutNote: String
    var noneLeftOut: String

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
        itemsNote: "Counts of every scored question's answers by status; the mean item score (0-100) and the answers are over the answered ones.",
        significance: "Significance of the correlations", pHolm: "p (Holm)", pBenjaminiHochberg: "p (BH)",
        significanceNote: "Two-sided p-values of r by Student's t = r √((n − 2) / (1 − r²)) with n − 2 degrees of freedom (scipy.stats.pearsonr; for Spearman's ρ the same on the ranks, scipy.stats.spearmanr). Adjusted over the correlations between every two dimensions of the same method: Holm's step-down (family-wise error) and Benjamini-Hochberg's step-up (false discovery rate), as R's p.adjust.",
        groupTests: "Differences between groups", groupsTested: "Groups", welchF: "Welch's F", omegaSquared: "ω²", kruskalH: "Kruskal-Wallis H", epsilonSquared: "ε²",
        notTested: "not tested: fewer than two groups with two respondents",
        groupTestsNote: "Groups with at least two scored respondents on the measure are tested; respondents without a group are not. Welch's one-way ANOVA (unequal variances; pingouin.welch_anova, R's oneway.test) with df1, df2 in brackets; ω²: omega squared from the classical sums of squares, (SSB − (k − 1) MSW) / (SST + MSW), not truncated at 0. Kruskal-Wallis H with tie correction and k − 1 degrees of freedom (scipy.stats.kruskal); ε²: epsilon squared, H / (n − 1).",
        pairwiseTests: "Pairwise comparisons (Dunn's test, Holm)", gamesHowellTests: "Pairwise comparisons (Games-Howell)", meanDifference: "Difference of the means",
        gamesHowellNote: "Games-Howell test of every two groups (unequal variances, beside Welch's ANOVA): Welch's t = (mean a − mean b) / √(s²a/na + s²b/nb), its p-value from the studentized range of all the groups tested at q = √2 |t|, Welch-Satterthwaite degrees of freedom; the p-value is family-wise already (pingouin.pairwise_gameshowell). The studentized range by Copenhaver & Holland's algorithm, as R's ptukey.", meanRankDifference: "Mean rank difference",
        pairwiseNote: "Dunn's test of every two groups on the pooled ranks, with the tie correction; two-sided normal p-values, adjusted by Holm over the pairs of the measure (scikit_posthocs.posthoc_dunn with p_adjust = 'holm').",
        moreReliability: "Further reliability coefficients", lambda6: "Guttman's λ6", omegaTotal: "McDonald's ω total",
        pairwiseAlpha: "α pairwise", pairwiseStandardisedAlpha: "Standardised α pairwise", pairwiseLambda6: "λ6 pairwise", pairwiseOmega: "ω total pairwise",
        smallestPair: "Fewest per pair", loading: "Loading", pairwiseItemTotal: "Item-total r pairwise", pairwiseAlphaIfDeleted: "α if deleted pairwise",
        moreReliabilityNote: "λ6 and ω total over the same respondents as α (listwise); the pairwise columns from the covariances of every two items over the respondents who answered both (pairwise complete, psych::alpha's default; fewest per pair: the smallest such n). λ6: Guttman's lambda 6 from the squared multiple correlations of the correlation matrix (psych's G6(smc)). ω total: 1 − Σ(1 − λᵢ²) / ΣR, with λ the loadings of one factor fitted to the item correlations by minres (unweighted least squares, iterated principal axes to convergence), as psych::omega's omega total. Loading: the item's loading on that factor (listwise).",
        reliabilityIntervals: "Confidence intervals of the reliability coefficients (bootstrap)", basis: "Respondents", listwise: "listwise", pairwise: "pairwise",
        bootstrapNote: { replicates, seed in
            "95 % percentile bootstrap intervals: \(replicates) resamples of the respondents with replacement (seed \(seed)), each coefficient computed on every resample as on the data; the interval runs from the 2.5th to the 97.5th percentile of the resamples where the coefficient is defined. Listwise α also has Feldt's interval above. The same seed gives the same intervals on any computer."
        },
        bootstrapSkipped: { needed, limit in
            "No bootstrap intervals: they would keep \(needed) item scores in memory, more than the limit of \(limit). Feldt's interval of listwise α above stands."
        },
        leftOut: "Responses left out", leftOutNote: "Rows of the responses files not counted in these statistics, and why.", noneLeftOut: "No response was left out.")

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
        itemsNote: "Aantallen antwoorden op elke gescoorde vraag per status; de gemiddelde itemscore (0-100) en de antwoorden zijn over de beantwoorde.",
        significance: "Significantie van de correlaties", pHolm: "p (Holm)", pBenjaminiHochberg: "p (BH)",
        significanceNote: "Tweezijdige p-waarden van r volgens Student-t = r √((n − 2) / (1 − r²)) met n − 2 vrijheidsgraden (scipy.stats.pearsonr; voor Spearmans ρ hetzelfde op de rangen, scipy.stats.spearmanr). Gecorrigeerd over de correlaties tussen elke twee dimensies van dezelfde methode: Holm (stapsgewijs omlaag, familiegewijze fout) en Benjamini-Hochberg (stapsgewijs omhoog, false discovery rate), zoals p.adjust van R.",
        groupTests: "Verschillen tussen groepen", groupsTested: "Groepen", welchF: "Welch-F", omegaSquared: "ω²", kruskalH: "Kruskal-Wallis-H", epsilonSquared: "ε²",
        notTested: "niet getoetst: minder dan twee groepen met twee respondenten",
        groupTestsNote: "Groepen met minstens twee gescoorde respondenten op de maat worden getoetst; respondenten zonder groep niet. Welchs eenwegs-ANOVA (ongelijke varianties; pingouin.welch_anova, oneway.test van R) met vg1, vg2 tussen haakjes; ω²: omega kwadraat uit de klassieke kwadratensommen, (SSB − (k − 1) MSW) / (SST + MSW), niet afgekapt op 0. Kruskal-Wallis-H met correctie voor gelijke waarden en k − 1 vrijheidsgraden (scipy.stats.kruskal); ε²: epsilon kwadraat, H / (n − 1).",
        pairwiseTests: "Paarsgewijze vergelijkingen (toets van Dunn, Holm)", gamesHowellTests: "Paarsgewijze vergelijkingen (Games-Howell)", meanDifference: "Verschil van de gemiddelden",
        gamesHowellNote: "Games-Howell-toets voor elke twee groepen (ongelijke varianties, naast Welchs ANOVA): Welchs t = (gemiddelde a − gemiddelde b) / √(s²a/na + s²b/nb), de p-waarde uit de studentized range van alle getoetste groepen bij q = √2 |t|, vrijheidsgraden volgens Welch-Satterthwaite; de p-waarde is al familiegewijs (pingouin.pairwise_gameshowell). De studentized range volgens het algoritme van Copenhaver & Holland, zoals ptukey van R.", meanRankDifference: "Verschil in gemiddelde rang",
        pairwiseNote: "Toets van Dunn voor elke twee groepen op de samengevoegde rangen, met correctie voor gelijke waarden; tweezijdige p-waarden uit de normale verdeling, gecorrigeerd volgens Holm over de paren van de maat (scikit_posthocs.posthoc_dunn met p_adjust = 'holm').",
        moreReliability: "Verdere betrouwbaarheidscoëfficiënten", lambda6: "Guttmans λ6", omegaTotal: "McDonalds ω totaal",
        pairwiseAlpha: "α paarsgewijs", pairwiseStandardisedAlpha: "Gestandaardiseerde α paarsgewijs", pairwiseLambda6: "λ6 paarsgewijs", pairwiseOmega: "ω totaal paarsgewijs",
        smallestPair: "Kleinste n per paar", loading: "Lading", pairwiseItemTotal: "Item-totaal r paarsgewijs", pairwiseAlphaIfDeleted: "α zonder item paarsgewijs",
        moreReliabilityNote: "λ6 en ω totaal over dezelfde respondenten als α (listwise); de paarsgewijze kolommen uit de covarianties van elke twee items over de respondenten die beide beantwoordden (paarsgewijs volledig, de standaard van psych::alpha; kleinste n per paar: de kleinste zulke n). λ6: Guttmans lambda 6 uit de gekwadrateerde meervoudige correlaties van de correlatiematrix (G6(smc) van psych). ω totaal: 1 − Σ(1 − λᵢ²) / ΣR, met λ de ladingen van één factor, geschat op de itemcorrelaties met minres (ongewogen kleinste kwadraten, herhaalde hoofdassen tot convergentie), zoals omega totaal van psych::omega. Lading: de lading van het item op die factor (listwise).",
        reliabilityIntervals: "Betrouwbaarheidsintervallen van de coëfficiënten (bootstrap)", basis: "Respondenten", listwise: "listwise", pairwise: "paarsgewijs",
        bootstrapNote: { replicates, seed in
            "95 %-percentielintervallen door bootstrap: \(replicates) steekproeven van de respondenten met teruglegging (seed \(seed)), elke coëfficiënt op elke steekproef berekend zoals op de gegevens; het interval loopt van het 2,5de tot het 97,5ste percentiel van de steekproeven waarin de coëfficiënt bepaald is. Listwise α heeft daarboven ook het interval volgens Feldt. Dezelfde seed geeft op elke computer dezelfde intervallen."
        },
        bootstrapSkipped: { needed, limit in
            "Geen bootstrapintervallen: ze zouden \(needed) itemscores in het geheugen houden, meer dan de grens van \(limit). Het interval volgens Feldt van listwise α hierboven blijft gelden."
        },
        leftOut: "Weggelaten antwoorden", leftOutNote: "Rijen van de antwoordbestanden die niet in deze statistieken tellen, en waarom.", noneLeftOut: "Geen antwoord werd weggelaten.")

    static let french = StatisticsStrings(
        title: "Statistiques",
        countedNote: { n, groups, column in
            "\(n) \(n == 1 ? "répondant complet compté" : "répondants complets comptés")" + (column.map { ", en \(groups) \(groups == 1 ? "groupe" : "groupes") selon \($0)" } ?? "") + "."
        },
        scores: "Scores par dimension", byGroup: "Par groupe", group: "Groupe", cohort: "Tous", standardError: "ES",
        confidenceInterval: "IC 95 %", atFloor: "À 0", atCeiling: "À 100",
        scoresNote: "ET\u{202F}: écart-type (n − 1). ES\u{202F}: erreur standard de la moyenne. IC 95 %\u{202F}: intervalle de confiance de la moyenne selon la loi de Student à n − 1 degrés de liberté. Q1, Q3\u{202F}: quartiles par interpolation linéaire entre les valeurs ordonnées (type 7 de R, linear de pandas). À 0, à 100\u{202F}: la part des répondants ayant exactement ce score.",
        types: "Types de maturité", test: "Test par rapport aux parts de référence", withoutType: "pas de total", chiSquare: "χ²", degreesOfFreedom: "ddl", pValue: "p",
        classes: "Classes testées", untestedNoShares: "non testé\u{202F}: le questionnaire ne donne pas de part de référence pour chaque type",
        untestedTooFew: "non testé\u{202F}: trop peu de répondants pour un effectif attendu de 5 dans deux classes",
        testNote: "Test du khi-deux d’ajustement des types observés aux parts de référence (normalisées à une somme de 1). Les types adjacents sont regroupés, du plus bas au plus haut, jusqu’à ce que chaque classe attende au moins 5 répondants\u{202F}; une dernière classe sous 5 rejoint la précédente. Les répondants sans total ne sont pas testés.",
        reliability: "Fiabilité des dimensions", items: "Items", alpha: "α de Cronbach", standardisedAlpha: "α standardisé",
        itemTotal: "r item-total", alphaIfDeleted: "α sans l’item", flag: "Remarque", lowAlpha: "α inférieur à 0,7",
        negativeItem: "corrélé négativement aux autres items\u{202F}: un item inversé oublié\u{202F}?",
        reliabilityNote: "α de Cronbach des scores d’item (0-100, non pondérés) sur les répondants ayant répondu à chaque item noté de la dimension (listwise\u{202F}: ne sait pas, non applicable et vide excluent le répondant de cette dimension). IC 95 % selon Feldt (loi F). α standardisé à partir de la corrélation moyenne entre items. r item-total\u{202F}: la corrélation d’un item avec la somme des autres items (corrigée).",
        noReliability: "Aucune dimension n’a deux items notés ou plus.",
        correlations: "Corrélations entre dimensions", pearson: "Pearson", spearman: "Spearman",
        correlationNote: "Par paires complètes\u{202F}: chaque corrélation utilise les répondants ayant un score sur les deux dimensions (n entre parenthèses). Le ρ de Spearman est le r de Pearson des rangs, les ex aequo recevant leur rang moyen.",
        itemStatistics: "Items", meanItemScore: "Score d’item moyen", answers: "Réponses",
        itemsNote: "Nombre de réponses à chaque question notée par statut\u{202F}; le score d’item moyen (0-100) et les réponses portent sur les réponses données.",
        significance: "Significativité des corrélations", pHolm: "p (Holm)", pBenjaminiHochberg: "p (BH)",
        significanceNote: "Valeurs p bilatérales de r selon la loi de Student, t = r √((n − 2) / (1 − r²)) à n − 2 degrés de liberté (scipy.stats.pearsonr\u{202F}; pour le ρ de Spearman la même sur les rangs, scipy.stats.spearmanr). Ajustées sur les corrélations entre toutes les paires de dimensions d’une même méthode\u{202F}: Holm (descendante, erreur par famille) et Benjamini-Hochberg (ascendante, taux de fausses découvertes), comme p.adjust de R.",
        groupTests: "Différences entre groupes", groupsTested: "Groupes", welchF: "F de Welch", omegaSquared: "ω²", kruskalH: "H de Kruskal-Wallis", epsilonSquared: "ε²",
        notTested: "non testé\u{202F}: moins de deux groupes de deux répondants",
        groupTestsNote: "Les groupes ayant au moins deux répondants notés sur la mesure sont testés\u{202F}; les répondants sans groupe ne le sont pas. ANOVA à un facteur de Welch (variances inégales\u{202F}; pingouin.welch_anova, oneway.test de R), ddl1, ddl2 entre parenthèses\u{202F}; ω²\u{202F}: oméga carré des sommes de carrés classiques, (SSB − (k − 1) MSW) / (SST + MSW), non tronqué à 0. H de Kruskal-Wallis avec correction des ex aequo et k − 1 degrés de liberté (scipy.stats.kruskal)\u{202F}; ε²\u{202F}: epsilon carré, H / (n − 1).",
        pairwiseTests: "Comparaisons par paires (test de Dunn, Holm)", gamesHowellTests: "Comparaisons par paires (Games-Howell)", meanDifference: "Différence des moyennes",
        gamesHowellNote: "Test de Games-Howell pour chaque paire de groupes (variances inégales, à côté de l’ANOVA de Welch)\u{202F}: t de Welch = (moyenne a − moyenne b) / √(s²a/na + s²b/nb), la valeur p tirée de l’étendue studentisée de tous les groupes testés en q = √2 |t|, degrés de liberté de Welch-Satterthwaite\u{202F}; la valeur p est déjà par famille (pingouin.pairwise_gameshowell). L’étendue studentisée selon l’algorithme de Copenhaver & Holland, comme ptukey de R.", meanRankDifference: "Différence de rang moyen",
        pairwiseNote: "Test de Dunn pour chaque paire de groupes sur les rangs groupés, avec correction des ex aequo\u{202F}; valeurs p bilatérales de la loi normale, ajustées selon Holm sur les paires de la mesure (scikit_posthocs.posthoc_dunn avec p_adjust = 'holm').",
        moreReliability: "Autres coefficients de fiabilité", lambda6: "λ6 de Guttman", omegaTotal: "ω total de McDonald",
        pairwiseAlpha: "α par paires", pairwiseStandardisedAlpha: "α standardisé par paires", pairwiseLambda6: "λ6 par paires", pairwiseOmega: "ω total par paires",
        smallestPair: "Plus petit n par paire", loading: "Saturation", pairwiseItemTotal: "r item-total par paires", pairwiseAlphaIfDeleted: "α sans l’item par paires",
        moreReliabilityNote: "λ6 et ω total sur les mêmes répondants que α (listwise)\u{202F}; les colonnes par paires à partir des covariances de chaque paire d’items sur les répondants ayant répondu aux deux (par paires complètes, le défaut de psych::alpha\u{202F}; plus petit n par paire\u{202F}: le plus petit de ces n). λ6\u{202F}: lambda 6 de Guttman à partir des corrélations multiples au carré de la matrice de corrélation (G6(smc) de psych). ω total\u{202F}: 1 − Σ(1 − λᵢ²) / ΣR, λ étant les saturations d’un facteur ajusté aux corrélations des items par minres (moindres carrés non pondérés, axes principaux itérés jusqu’à convergence), comme l’oméga total de psych::omega. Saturation\u{202F}: celle de l’item sur ce facteur (listwise).",
        reliabilityIntervals: "Intervalles de confiance des coefficients de fiabilité (bootstrap)", basis: "Répondants", listwise: "listwise", pairwise: "par paires",
        bootstrapNote: { replicates, seed in
            "Intervalles percentiles à 95 % par bootstrap\u{202F}: \(replicates) rééchantillonnages des répondants avec remise (graine \(seed)), chaque coefficient calculé sur chaque rééchantillon comme sur les données\u{202F}; l’intervalle va du 2,5e au 97,5e percentile des rééchantillons où le coefficient est défini. L’α listwise a aussi l’intervalle de Feldt ci-dessus. La même graine donne les mêmes intervalles sur tout ordinateur."
        },
        bootstrapSkipped: { needed, limit in
            "Pas d’intervalles bootstrap\u{202F}: ils garderaient \(needed) scores d’items en mémoire, plus que la limite de \(limit). L’intervalle de Feldt de l’α listwise ci-dessus reste valable."
        },
        leftOut: "Réponses écartées", leftOutNote: "Lignes des fichiers de réponses non comptées dans ces statistiques, et pourquoi.", noneLeftOut: "Aucune réponse n’a été écartée.")
}
