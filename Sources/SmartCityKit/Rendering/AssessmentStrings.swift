/// The fixed words of the self-assessment sections of a municipality's report (what cost
/// points, what to do first), in one language, beside `ReportStrings`. A struct, so that a
/// missing translation does not compile.
public struct AssessmentStrings: Sendable {
    public var whatCostPoints: String
    public var question: String
    public var answerGiven: String
    public var pointsLost: String
    public var betterAnswer: String
    public var adds: String
    public var costNote: String
    public var toFindOut: String
    public var bestAnswer: String
    public var addsUpTo: String
    public var toFindOutNote: String
    public var nothingLost: String
    public var gainNote: String
    /// "Equal gain: X and Y."
    public var tiedGain: @Sendable (String) -> String
    public var alreadyDone: String

    /// The strings for a report language (the languages of `ReportStrings.availableLanguages`).
    public static func forLanguage(_ code: String) -> AssessmentStrings? {
        switch code {
        case "en": .english
        case "nl": .dutch
        case "fr": .french
        default: nil
        }
    }

    public static let english = AssessmentStrings(
        whatCostPoints: "What cost points", question: "Question", answerGiven: "Answer", pointsLost: "Points lost",
        betterAnswer: "Next better answer", adds: "Adds",
        costNote: "Points of the total score each answer loses against the best answer (its share of the total × (100 − its item score)), highest first; the next better answer and what it would add to the total, rescored exactly.",
        toFindOut: "To find out", bestAnswer: "Best answer", addsUpTo: "Adds up to",
        toFindOutNote: "Questions answered \"don't know\": finding out and answering them could add this much to the total.",
        nothingLost: "No answer loses points: every answered question has its best answer.",
        gainNote: "Dimensions first where there is most to gain: the dimension's share of the total weight × (100 − its score).",
        tiedGain: { "Equal gain: \($0)." },
        alreadyDone: "Your answers show this is done already.")

    public static let dutch = AssessmentStrings(
        whatCostPoints: "Wat punten kostte", question: "Vraag", answerGiven: "Antwoord", pointsLost: "Verloren punten",
        betterAnswer: "Volgend beter antwoord", adds: "Levert op",
        costNote: "Punten van de totaalscore die elk antwoord verliest tegenover het beste antwoord (zijn aandeel in het totaal × (100 − zijn itemscore)), hoogste eerst; het volgende betere antwoord en wat het aan het totaal zou toevoegen, exact herberekend.",
        toFindOut: "Uit te zoeken", bestAnswer: "Beste antwoord", addsUpTo: "Levert tot",
        toFindOutNote: "Vragen beantwoord met \"weet niet\": uitzoeken en beantwoorden kan zoveel aan het totaal toevoegen.",
        nothingLost: "Geen enkel antwoord verliest punten: elke beantwoorde vraag heeft haar beste antwoord.",
        gainNote: "Eerst de dimensies waar het meest te winnen valt: het aandeel van de dimensie in het totale gewicht × (100 − haar score).",
        tiedGain: { "Gelijke winst: \($0)." },
        alreadyDone: "Uw antwoorden tonen dat dit al gebeurd is.")

    public static let french = AssessmentStrings(
        whatCostPoints: "Ce qui a coûté des points", question: "Question", answerGiven: "Réponse", pointsLost: "Points perdus",
        betterAnswer: "Réponse meilleure suivante", adds: "Apporte",
        costNote: "Points du score total que chaque réponse perd par rapport à la meilleure réponse (sa part du total × (100 − son score d’item)), du plus élevé au plus bas ; la réponse meilleure suivante et ce qu’elle ajouterait au total, recalculé exactement.",
        toFindOut: "À vérifier", bestAnswer: "Meilleure réponse", addsUpTo: "Apporte jusqu’à",
        toFindOutNote: "Questions répondues « ne sait pas » : vérifier et y répondre pourrait ajouter autant au total.",
        nothingLost: "Aucune réponse ne perd de points : chaque question répondue a sa meilleure réponse.",
        gainNote: "D’abord les dimensions où il y a le plus à gagner : la part de la dimension dans le poids total × (100 − son score).",
        tiedGain: { "Gain égal : \($0)." },
        alreadyDone: "Vos réponses montrent que c’est déjà fait.")
}
