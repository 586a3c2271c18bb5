/// The fixed words of `smartcity explain`, in one language (beside `ReportStrings`, whose words
/// it also uses). A struct, so that a missing translation does not compile.
struct ExplanationStrings: LanguageWording {
    /// "How the scores of Polderveld (polderveld) are derived".
    package var title: @Sendable (_ name: String) -> String
    var intro: String
    var shareOfTotal: String
    var points: String
    /// "Left out for insufficient data: X. The total rests on 72 % of the weight: ...".
    var leftOut: @Sendable (_ names: String, _ share: String) -> String
    /// (band, edge, distance, exact distance): the rise that reaches the band above.
    var toBandAbove: @Sendable (_ band: String, _ edge: String, _ distance: String, _ exact: String, _ strictly: Bool) -> String
    /// (band, edge, distance, exact distance): the fall that drops into the band below.
    var toBandBelow: @Sendable (_ band: String, _ edge: String, _ distance: String, _ exact: String, _ strictly: Bool) -> String
    var highestBand: String
    var lowestBand: String
    /// (questions answered, questions, coverage, minimum).
    var coverageLine: @Sendable (_ answered: Int, _ questions: Int, _ coverage: String, _ minimum: String) -> String
    /// (share of the dimension's weight the answered questions carry), when not all of it.
    var renormalised: @Sendable (_ share: String) -> String
    /// (share of the dimension's weight that is applicable).
    var notApplicableLeft: @Sendable (_ share: String) -> String
    var question: String
    var itemScore: String
    var weightInFactor: String
    var weightInDimension: String
    var renormalisedWeight: String
    var shareOfDimension: String
    /// (band label): the heading of the changes that reach it.
    var upTitle: @Sendable (_ band: String) -> String
    var downTitle: @Sendable (_ band: String) -> String
    /// (number of changes, band label).
    var upCount: @Sendable (_ changes: Int, _ band: String) -> String
    var downCount: @Sendable (_ changes: Int, _ band: String) -> String
    var changesNote: String
    var answerNow: String
    var answerThen: String
    var addsToDimension: String
    var addsToTotal: String
    /// (total, band label) after the changes.
    var after: @Sendable (_ total: String, _ band: String) -> String
    var notProvenMinimal: String
    /// (band label) that no change of answers reaches.
    var unreachable: @Sendable (_ band: String) -> String

    package static let english = ExplanationStrings(
        title: { "How the scores of \($0) are derived" },
        intro: "Each answer becomes an item score (0-100). Within a dimension each answered question carries its weight divided by the weight of all answered questions (its renormalised weight); its points are that weight times its item score, and they add up to the dimension score. Each scored dimension carries its weight divided by the weight of the scored dimensions; its points add up to the total. Every value is exact and only rounded here when printed; explain --format json gives each value as an exact fraction.",
        shareOfTotal: "Share of the total", points: "Points",
        leftOut: { "Left out for insufficient data: \($0). The total rests on the other dimensions, \($1) of the weight, their weights divided by that share." },
        toBandAbove: { band, edge, distance, exact, strictly in
            "\(band) starts \(strictly ? "above" : "at") \(edge): the total must rise by \(strictly ? "more than " : "")\(distance) points (exactly \(exact))."
        },
        toBandBelow: { band, edge, distance, exact, strictly in
            "\(band) ends \(strictly ? "below" : "at") \(edge): a fall of \(strictly ? "more than " : "")\(distance) points (exactly \(exact)) reaches it."
        },
        highestBand: "This is the highest type.", lowestBand: "This is the lowest type.",
        coverageLine: { "Answered: \($0) of \($1) questions, \($2) of the applicable weight (at least \($3) is needed for a score)." },
        renormalised: { "The answered questions carry \($0) of the dimension's weight, so each one's weight is divided by \($0) (its renormalised weight)." },
        notApplicableLeft: { "Questions answered not applicable (or not shown) leave the dimension: the applicable questions carry \($0) of its weight." },
        question: "Question", itemScore: "Item score", weightInFactor: "Weight in factor", weightInDimension: "Weight in dimension",
        renormalisedWeight: "Renormalised weight", shareOfDimension: "Share of the dimension",
        upTitle: { "What reaches \($0)" }, downTitle: { "What would drop it to \($0)" },
        upCount: { "The fewest answer changes that reach \($1): \($0)." },
        downCount: { "The fewest answer changes that would drop the total to \($1): \($0)." },
        changesNote: "A change gives a question its best answer (to drop: its worst); don't know and not applicable are never proposed. Each row adds its points after the rows above it; together they make the change of the total.",
        answerNow: "Answer now", answerThen: "Answer then", addsToDimension: "Adds to the dimension", addsToTotal: "Adds to the total",
        after: { "Total after the changes: \($0) (\($1))." },
        notProvenMinimal: "A dimension has too many questions to try every combination: this is the smallest set found, not proven the smallest.",
        unreachable: { "No change of answers reaches \($0)." })

    static let dutch = ExplanationStrings(
        title: { "Hoe de scores van \($0) tot stand komen" },
        intro: "Elk antwoord wordt een itemscore (0-100). Binnen een dimensie draagt elke beantwoorde vraag haar gewicht gedeeld door het gewicht van alle beantwoorde vragen (haar hernormaliseerde gewicht); haar punten zijn dat gewicht maal haar itemscore, en ze tellen op tot de dimensiescore. Elke gescoorde dimensie draagt haar gewicht gedeeld door het gewicht van de gescoorde dimensies; haar punten tellen op tot het totaal. Elke waarde is exact en wordt hier pas bij het afdrukken afgerond; explain --format json geeft elke waarde als exacte breuk.",
        shareOfTotal: "Aandeel in het totaal", points: "Punten",
        leftOut: { "Weggelaten wegens onvoldoende gegevens: \($0). Het totaal steunt op de andere dimensies, \($1) van het gewicht, hun gewichten gedeeld door dat aandeel." },
        toBandAbove: { band, edge, distance, exact, strictly in
            "\(band) begint \(strictly ? "boven" : "bij") \(edge): het totaal moet \(strictly ? "meer dan " : "")\(distance) punten stijgen (exact \(exact))."
        },
        toBandBelow: { band, edge, distance, exact, strictly in
            "\(band) eindigt \(strictly ? "onder" : "bij") \(edge): een daling van \(strictly ? "meer dan " : "")\(distance) punten (exact \(exact)) bereikt het."
        },
        highestBand: "Dit is het hoogste type.", lowestBand: "Dit is het laagste type.",
        coverageLine: { "Beantwoord: \($0) van \($1) vragen, \($2) van het toepasselijke gewicht (minstens \($3) is nodig voor een score)." },
        renormalised: { "De beantwoorde vragen dragen \($0) van het gewicht van de dimensie, dus wordt het gewicht van elk gedeeld door \($0) (het hernormaliseerde gewicht)." },
        notApplicableLeft: { "Vragen beantwoord met niet van toepassing (of niet getoond) vallen uit de dimensie: de toepasselijke vragen dragen \($0) van haar gewicht." },
        question: "Vraag", itemScore: "Itemscore", weightInFactor: "Gewicht in factor", weightInDimension: "Gewicht in dimensie",
        renormalisedWeight: "Hernormaliseerd gewicht", shareOfDimension: "Aandeel in de dimensie",
        upTitle: { "Wat \($0) bereikt" }, downTitle: { "Wat het zou doen dalen tot \($0)" },
        upCount: { "Het kleinste aantal gewijzigde antwoorden dat \($1) bereikt: \($0)." },
        downCount: { "Het kleinste aantal gewijzigde antwoorden dat het totaal zou doen dalen tot \($1): \($0)." },
        changesNote: "Een wijziging geeft een vraag haar beste antwoord (om te dalen: haar slechtste); weet niet en niet van toepassing worden nooit voorgesteld. Elke rij levert haar punten op na de rijen erboven; samen vormen ze de verandering van het totaal.",
        answerNow: "Antwoord nu", answerThen: "Antwoord dan", addsToDimension: "Levert de dimensie op", addsToTotal: "Levert het totaal op",
        after: { "Totaal na de wijzigingen: \($0) (\($1))." },
        notProvenMinimal: "Een dimensie heeft te veel vragen om elke combinatie te proberen: dit is de kleinste gevonden set, niet bewezen de kleinste.",
        unreachable: { "Geen enkele wijziging van antwoorden bereikt \($0)." })

    static let french = ExplanationStrings(
        title: { "Comment les scores de \($0) sont obtenus" },
        intro: "Chaque réponse devient un score d'item (0-100). Dans une dimension, chaque question répondue porte son poids divisé par le poids de toutes les questions répondues (son poids renormalisé)\u{202F}; ses points sont ce poids multiplié par son score d'item, et ils s'additionnent en score de la dimension. Chaque dimension scorée porte son poids divisé par le poids des dimensions scorées\u{202F}; ses points s'additionnent en total. Chaque valeur est exacte et n'est arrondie ici qu'à l'affichage\u{202F}; explain --format json donne chaque valeur en fraction exacte.",
        shareOfTotal: "Part du total", points: "Points",
        leftOut: { "Écartée faute de données suffisantes\u{202F}: \($0). Le total repose sur les autres dimensions, \($1) du poids, leurs poids divisés par cette part." },
        toBandAbove: { band, edge, distance, exact, strictly in
            "\(band) commence \(strictly ? "au-delà de" : "à") \(edge)\u{202F}: le total doit monter de \(strictly ? "plus de " : "")\(distance) points (exactement \(exact))."
        },
        toBandBelow: { band, edge, distance, exact, strictly in
            "\(band) se termine \(strictly ? "en dessous de" : "à") \(edge)\u{202F}: une baisse de \(strictly ? "plus de " : "")\(distance) points (exactement \(exact)) l'atteint."
        },
        highestBand: "C'est le type le plus élevé.", lowestBand: "C'est le type le plus bas.",
        coverageLine: { "Répondu\u{202F}: \($0) questions sur \($1), \($2) du poids applicable (il faut au moins \($3) pour un score)." },
        renormalised: { "Les questions répondues portent \($0) du poids de la dimension, le poids de chacune est donc divisé par \($0) (son poids renormalisé)." },
        notApplicableLeft: { "Les questions répondues non applicable (ou non montrées) sortent de la dimension\u{202F}: les questions applicables portent \($0) de son poids." },
        question: "Question", itemScore: "Score d'item", weightInFactor: "Poids dans le facteur", weightInDimension: "Poids dans la dimension",
        renormalisedWeight: "Poids renormalisé", shareOfDimension: "Part de la dimension",
        upTitle: { "Ce qui atteint \($0)" }, downTitle: { "Ce qui le ferait descendre à \($0)" },
        upCount: { "Le plus petit nombre de réponses changées qui atteint \($1)\u{202F}: \($0)." },
        downCount: { "Le plus petit nombre de réponses changées qui ferait descendre le total à \($1)\u{202F}: \($0)." },
        changesNote: "Un changement donne à une question sa meilleure réponse (pour descendre\u{202F}: sa pire)\u{202F}; je ne sais pas et non applicable ne sont jamais proposés. Chaque ligne ajoute ses points après les lignes au-dessus\u{202F}; ensemble elles font le changement du total.",
        answerNow: "Réponse actuelle", answerThen: "Réponse ensuite", addsToDimension: "Apport à la dimension", addsToTotal: "Apport au total",
        after: { "Total après les changements\u{202F}: \($0) (\($1))." },
        notProvenMinimal: "Une dimension a trop de questions pour essayer chaque combinaison\u{202F}: c'est le plus petit ensemble trouvé, sans preuve qu'il soit le plus petit.",
        unreachable: { "Aucun changement de réponses n'atteint \($0)." })
}
