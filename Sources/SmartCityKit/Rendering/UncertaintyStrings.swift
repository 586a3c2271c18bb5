/// The fixed words of uncertainty reports, in one language (beside `ReportStrings`, whose words
/// they also use). A struct, so that a missing translation does not compile.
struct UncertaintyStrings: LanguageWording {
    var title: String
    /// "2,000 draws with seed 1: the same seed gives the same numbers.": (draws, seed).
    var drawsNote: @Sendable (String, String) -> String
    var intro: String
    var varied: String
    /// The method's name.
    var methodName: @Sendable (UncertaintyMethod) -> String
    /// What a method does in this run: (method, weight noise in %, item weights too, boundary noise in points).
    var methodText: @Sendable (UncertaintyMethod, String, Bool, String) -> String
    var notVaried: String
    /// "The type holds in at least 90 % of the draws for 75.0 % of the municipalities.": (share).
    var stableCohort: @Sendable (String) -> String
    var perMunicipality: String
    var municipality: String
    var type: String
    var typeHolds: String
    var rank: String
    var rankInterval: String
    var totalInterval: String
    var boundaryDistance: String
    var tableNote: String
    /// "In 12 draws Polderveld had no total (too few answers under the stricter coverage minimum).": (name, draws).
    var unscoredNote: @Sendable (String, Int) -> String
    var sensitivity: String
    var sensitivityNote: String
    var choice: String
    var output: String
    var firstOrder: String
    var totalIndex: String
    /// The output's name.
    var outputName: @Sendable (UncertaintyAnalysis.Output) -> String
    var notComputed: String
    var noSensitivity: String
    var charts: String
    var typeChart: String
    var rankChart: String
    var nominalRank: String
    var rankRange: String

    static let english = UncertaintyStrings(
        title: "How certain are the types and ranks?",
        drawsNote: { "\($0) draws with seed \($1): the same seed gives the same numbers." },
        intro: "Each draw scores every municipality again under choices a reasonable analyst could make differently, drawn at random; a type or rank that changes often under such choices should be read with care.",
        varied: "What was varied",
        methodName: { method in
            switch method {
            case .weights: "Weights"
            case .boundaries: "Type boundaries"
            case .aggregation: "Aggregation"
            case .coverage: "Coverage minimum"
            case .dontKnow: "Don’t know"
            }
        },
        methodText: { method, noise, items, points in
            switch method {
            case .weights: "each dimension weight\(items ? " and each question weight" : "") multiplied by a random factor between 1 − \(noise) and 1 + \(noise), then rescaled to sum to 100 %"
            case .boundaries: "all type boundaries moved together by up to \(points) points up or down"
            case .aggregation: "the total as the weighted arithmetic mean of the dimension scores (the questionnaire’s rule) or as their geometric mean, where a weak dimension is not made up for by a strong one"
            case .coverage: "a dimension scored when at least 40, 50 or 60 % of its questions are answered"
            case .dontKnow: "“don’t know” counted as missing (the questionnaire’s rule) or as the question’s lowest answer"
            }
        },
        notVaried: "not varied",
        stableCohort: { "The type holds in at least 90 % of the draws for \($0) of the municipalities." },
        perMunicipality: "Type and rank per municipality", municipality: "Municipality", type: "Type", typeHolds: "Type holds",
        rank: "Rank", rankInterval: "Rank, 5–95 %", totalInterval: "Total, 5–95 %", boundaryDistance: "Distance to the nearest boundary",
        tableNote: "Type and rank are the questionnaire’s; the type columns give the share of draws in each type; the intervals hold 90 % of the draws. The distance to the nearest boundary is in points of the total.",
        unscoredNote: { "In \($1) draws \($0) had no total: no dimension had enough answers under the stricter coverage minimum; its shares are of the other draws." },
        sensitivity: "Which choice drives the changes",
        sensitivityNote: "Variance-based sensitivity indices (Saltelli et al. 2010; Jansen 1999): the first-order index is the share of an output’s variation that the choice causes on its own, the total index the share it takes part in, alone or together with other choices. A total index near 0 means the choice hardly matters. 95 % bootstrap intervals in brackets.",
        choice: "Choice", output: "Output", firstOrder: "First-order index", totalIndex: "Total index",
        outputName: { output in
            switch output {
            case .typeChangeShare: "Share of municipalities changing type"
            case .meanAbsoluteRankShift: "Mean absolute rank shift"
            }
        },
        notComputed: "the output does not vary", noSensitivity: "No sensitivity indices were computed: nothing was varied, or no sample was asked for.",
        charts: "Charts", typeChart: "Share of draws in each type", rankChart: "Rank with its 5–95 % interval",
        nominalRank: "Rank", rankRange: "5–95 % of draws")

    static let dutch = UncertaintyStrings(
        title: "Hoe zeker zijn de types en rangen?",
        drawsNote: { "\($0) trekkingen met seed \($1): dezelfde seed geeft dezelfde getallen." },
        intro: "Elke trekking scoort alle gemeenten opnieuw onder keuzes die een redelijke analist anders had kunnen maken, willekeurig getrokken; een type of rang dat onder zulke keuzes vaak verandert, lees je met voorzichtigheid.",
        varied: "Wat gevarieerd werd",
        methodName: { method in
            switch method {
            case .weights: "Gewichten"
            case .boundaries: "Typegrenzen"
            case .aggregation: "Aggregatie"
            case .coverage: "Minimale dekking"
            case .dontKnow: "Weet niet"
            }
        },
        methodText: { method, noise, items, points in
            switch method {
            case .weights: "elk dimensiegewicht\(items ? " en elk vraaggewicht" : "") vermenigvuldigd met een willekeurige factor tussen 1 − \(noise) en 1 + \(noise), daarna herschaald tot 100 %"
            case .boundaries: "alle typegrenzen samen tot \(points) punten hoger of lager gelegd"
            case .aggregation: "het totaal als gewogen rekenkundig gemiddelde van de dimensiescores (de regel van de vragenlijst) of als hun meetkundig gemiddelde, waarin een zwakke dimensie niet door een sterke wordt goedgemaakt"
            case .coverage: "een dimensie gescoord als minstens 40, 50 of 60 % van haar vragen beantwoord is"
            case .dontKnow: "‘weet niet’ geteld als ontbrekend (de regel van de vragenlijst) of als het laagste antwoord van de vraag"
            }
        },
        notVaried: "niet gevarieerd",
        stableCohort: { "Het type blijft in minstens 90 % van de trekkingen hetzelfde voor \($0) van de gemeenten." },
        perMunicipality: "Type en rang per gemeente", municipality: "Gemeente", type: "Type", typeHolds: "Type blijft",
        rank: "Rang", rankInterval: "Rang, 5–95 %", totalInterval: "Totaal, 5–95 %", boundaryDistance: "Afstand tot de dichtste grens",
        tableNote: "Type en rang zijn die van de vragenlijst; de typekolommen geven het aandeel trekkingen in elk type; de intervallen bevatten 90 % van de trekkingen. De afstand tot de dichtste grens is in punten van het totaal.",
        unscoredNote: { "In \($1) trekkingen had \($0) geen totaal: geen dimensie had genoeg antwoorden onder de strengere minimale dekking; de aandelen gaan over de andere trekkingen." },
        sensitivity: "Welke keuze de veranderingen drijft",
        sensitivityNote: "Variantiegebaseerde gevoeligheidsindices (Saltelli e.a. 2010; Jansen 1999): de eerste-orde-index is het deel van de variatie van een uitkomst dat de keuze op zich veroorzaakt, de totale index het deel waaraan ze meewerkt, alleen of samen met andere keuzes. Een totale index bij 0 betekent dat de keuze nauwelijks uitmaakt. Tussen haakjes 95 %-bootstrapintervallen.",
        choice: "Keuze", output: "Uitkomst", firstOrder: "Eerste-orde-index", totalIndex: "Totale index",
        outputName: { output in
            switch output {
            case .typeChangeShare: "Aandeel gemeenten dat van type verandert"
            case .meanAbsoluteRankShift: "Gemiddelde absolute rangverschuiving"
            }
        },
        notComputed: "de uitkomst varieert niet", noSensitivity: "Er zijn geen gevoeligheidsindices berekend: niets werd gevarieerd, of er werd geen steekproef gevraagd.",
        charts: "Grafieken", typeChart: "Aandeel trekkingen in elk type", rankChart: "Rang met het 5–95 %-interval",
        nominalRank: "Rang", rankRange: "5–95 % van de trekkingen")

    static let french = UncertaintyStrings(
        title: "Quelle est la certitude des types et des rangs\u{202F}?",
        drawsNote: { "\($0) tirages avec la graine \($1)\u{202F}: la même graine donne les mêmes nombres." },
        intro: "Chaque tirage recalcule les scores de toutes les communes selon des choix qu’un analyste raisonnable aurait pu faire autrement, tirés au hasard\u{202F}; un type ou un rang qui change souvent sous de tels choix se lit avec prudence.",
        varied: "Ce qui a varié",
        methodName: { method in
            switch method {
            case .weights: "Poids"
            case .boundaries: "Limites des types"
            case .aggregation: "Agrégation"
            case .coverage: "Couverture minimale"
            case .dontKnow: "Ne sait pas"
            }
        },
        methodText: { method, noise, items, points in
            switch method {
            case .weights: "chaque poids de dimension\(items ? " et chaque poids de question" : "") multiplié par un facteur aléatoire entre 1 − \(noise) et 1 + \(noise), puis remis à l’échelle pour totaliser 100 %"
            case .boundaries: "toutes les limites des types déplacées ensemble jusqu’à \(points) points vers le haut ou le bas"
            case .aggregation: "le total comme moyenne arithmétique pondérée des scores des dimensions (la règle du questionnaire) ou comme leur moyenne géométrique, où une dimension faible n’est pas compensée par une forte"
            case .coverage: "une dimension notée quand au moins 40, 50 ou 60 % de ses questions ont une réponse"
            case .dontKnow: "«\u{202F}ne sait pas\u{202F}» compté comme manquant (la règle du questionnaire) ou comme la réponse la plus basse de la question"
            }
        },
        notVaried: "pas varié",
        stableCohort: { "Le type se maintient dans au moins 90 % des tirages pour \($0) des communes." },
        perMunicipality: "Type et rang par commune", municipality: "Commune", type: "Type", typeHolds: "Type maintenu",
        rank: "Rang", rankInterval: "Rang, 5–95 %", totalInterval: "Total, 5–95 %", boundaryDistance: "Distance à la limite la plus proche",
        tableNote: "Le type et le rang sont ceux du questionnaire\u{202F}; les colonnes des types donnent la part des tirages dans chaque type\u{202F}; les intervalles contiennent 90 % des tirages. La distance à la limite la plus proche est en points du total.",
        unscoredNote: { "Dans \($1) tirages, \($0) n’avait pas de total\u{202F}: aucune dimension n’avait assez de réponses sous la couverture minimale plus stricte\u{202F}; ses parts portent sur les autres tirages." },
        sensitivity: "Quel choix explique les changements",
        sensitivityNote: "Indices de sensibilité fondés sur la variance (Saltelli et al. 2010\u{202F}; Jansen 1999)\u{202F}: l’indice de premier ordre est la part de la variation d’un résultat que le choix cause à lui seul, l’indice total la part à laquelle il contribue, seul ou avec d’autres choix. Un indice total proche de 0 signifie que le choix compte peu. Intervalles bootstrap à 95 % entre crochets.",
        choice: "Choix", output: "Résultat", firstOrder: "Indice de premier ordre", totalIndex: "Indice total",
        outputName: { output in
            switch output {
            case .typeChangeShare: "Part des communes qui changent de type"
            case .meanAbsoluteRankShift: "Déplacement absolu moyen du rang"
            }
        },
        notComputed: "le résultat ne varie pas", noSensitivity: "Aucun indice de sensibilité n’a été calculé\u{202F}: rien n’a varié, ou aucun échantillon n’a été demandé.",
        charts: "Graphiques", typeChart: "Part des tirages dans chaque type", rankChart: "Rang avec son intervalle 5–95 %",
        nominalRank: "Rang", rankRange: "5–95 % des tirages")
}
