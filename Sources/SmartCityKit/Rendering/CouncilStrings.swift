/// The fixed words of the one-page council summary, in one language, beside `ReportStrings`
/// and `AssessmentStrings`. A struct, so that a missing translation does not compile.
struct CouncilStrings: LanguageWording {
    /// "Council summary", after the municipality's name in the title.
    var title: String
    var biggestGains: String
    var gainsNote: String
    var nothingToGain: String
    /// Without `--previous`: there is no earlier wave to compare with.
    var noPrevious: String
    /// A comparison of one wave: no change to show.
    var noWave: String
    /// Of two waves, but no total rose.
    var noRise: String

    static let english = CouncilStrings(
        title: "council summary", biggestGains: "The three biggest gains",
        gainsNote: "The answers whose next better answer adds the most to the total score.",
        nothingToGain: "Every answer is already the best one.",
        noPrevious: "No earlier measurement of this municipality to compare with (give the previous wave's responses with score … --previous FILE).",
        noWave: "No earlier wave to compare with (compare --wave 2023=FILE --wave 2024=FILE).",
        noRise: "No total score rose since the previous wave.")

    static let dutch = CouncilStrings(
        title: "samenvatting voor de gemeenteraad", biggestGains: "De drie grootste winsten",
        gainsNote: "De antwoorden waarvan het volgende betere antwoord de totaalscore het meest verhoogt.",
        nothingToGain: "Elk antwoord is al het beste.",
        noPrevious: "Geen vorige meting van deze gemeente om mee te vergelijken (geef de antwoorden van de vorige meting met score … --previous BESTAND).",
        noWave: "Geen vorige meting om mee te vergelijken (compare --wave 2023=BESTAND --wave 2024=BESTAND).",
        noRise: "Geen enkele totaalscore steeg sinds de vorige meting.")

    static let french = CouncilStrings(
        title: "synthèse pour le conseil communal", biggestGains: "Les trois plus grands gains",
        gainsNote: "Les réponses dont la réponse meilleure suivante augmente le plus le score total.",
        nothingToGain: "Chaque réponse est déjà la meilleure.",
        noPrevious: "Pas de mesure précédente de cette commune à comparer (donnez les réponses de la mesure précédente avec score … --previous FICHIER).",
        noWave: "Pas de mesure précédente à comparer (compare --wave 2023=FICHIER --wave 2024=FICHIER).",
        noRise: "Aucun score total n’a augmenté depuis la mesure précédente.")
}
