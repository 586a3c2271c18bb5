/// The fixed words of the one-page council summary, in one language, beside `ReportStrings`
/// and `AssessmentStrings`. A struct, so that a missing translation does not compile.
struct CouncilStrings: Sendable {
    /// "Council summary", after the municipality's name in the title.
    var title: String
    var biggestGains: String
    var gainsNote: String
    var nothingToGain: String
    /// Without `--previous`: there is no earlier wave to compare with.
    var noPrevious: String

    /// The words for a report language, English for any other.
    static func forLanguage(_ code: String) -> CouncilStrings {
        switch code {
        case "nl":
            return CouncilStrings(
                title: "samenvatting voor de gemeenteraad", biggestGains: "De drie grootste winsten",
                gainsNote: "De antwoorden waarvan het volgende betere antwoord de totaalscore het meest verhoogt.",
                nothingToGain: "Elk antwoord is al het beste.",
                noPrevious: "Geen vorige meting van deze gemeente om mee te vergelijken (geef de antwoorden van de vorige meting met score … --previous BESTAND).")
        case "fr":
            return CouncilStrings(
                title: "synthèse pour le conseil communal", biggestGains: "Les trois plus grands gains",
                gainsNote: "Les réponses dont la réponse meilleure suivante augmente le plus le score total.",
                nothingToGain: "Chaque réponse est déjà la meilleure.",
                noPrevious: "Pas de mesure précédente de cette commune à comparer (donnez les réponses de la mesure précédente avec score … --previous FICHIER).")
        default:
            return CouncilStrings(
                title: "council summary", biggestGains: "The three biggest gains",
                gainsNote: "The answers whose next better answer adds the most to the total score.",
                nothingToGain: "Every answer is already the best one.",
                noPrevious: "No earlier measurement of this municipality to compare with (give the previous wave's responses with score … --previous FILE).")
        }
    }
}
