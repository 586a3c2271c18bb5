/// What the analyses say about the columns and waves they are given, in one language: a
/// `--municipality-column` or `--group-by` column the reports do not carry, respondents without a
/// municipality, and the dimensions two waves do not share. A struct with a value per language,
/// so that a missing translation does not compile; chosen by the run's language.
struct AnalysisWording: Sendable, LanguageWording {
    /// Respondents with no value in the municipality column: (how many, the column, what they are left out of).
    var withoutMunicipality: @Sendable (_ count: Int, _ column: String, _ place: MunicipalityMeans.LeftOutOf) -> String
    /// No metadata column names the municipalities: (the column given, the closest name, if any,
    /// the columns there are, listed when none is close).
    var noMunicipalityColumn: @Sendable (_ column: String, _ closest: String?, _ columns: [String]) -> String
    /// No metadata column to group by: (the column given, the closest name, if any, the columns there are).
    var noGroupColumn: @Sendable (_ column: String, _ closest: String?, _ columns: [String]) -> String
    /// The dimensions of an earlier wave only, and of the current wave only (each an id list; nil: none).
    var onlyInThatWave: @Sendable (_ ids: String) -> String
    var onlyInTheCurrentWave: @Sendable (_ ids: String) -> String
    /// Between the two.
    var separator: String

    static let english = AnalysisWording(
        withoutMunicipality: { count, column, place in
            let one = count == 1
            let consequence = switch place {
            case .scores: "\(one ? "is" : "are") in no municipality's scores"
            case .comparison: "\(one ? "is" : "are") not compared"
            }
            return "\(count) \(one ? "respondent has" : "respondents have") no value in the column \(column) given to --municipality-column and " + consequence
        },
        noMunicipalityColumn: { column, closest, columns in
            "no metadata column \"\(column)\" names the municipalities given to --municipality-column; "
                + (closest.map { "did you mean \"\($0)\"?" } ?? (columns.isEmpty ? "the file has no metadata column" : "the columns are \(columns.joined(separator: ", "))"))
        },
        noGroupColumn: { column, closest, columns in
            let known = columns.isEmpty ? "the reports carry no metadata column" : "the columns are \(columns.joined(separator: ", "))"
            return "no metadata column \"\(column)\" to group by; \(closest.map { "did you mean \"\($0)\"? " } ?? "")\(known) "
                + "(a column the questionnaire does not declare needs --keep-column)"
        },
        onlyInThatWave: { "only in that wave: \($0)" },
        onlyInTheCurrentWave: { "only in the current wave: \($0)" },
        separator: "; ")

    static let dutch = AnalysisWording(
        withoutMunicipality: { count, column, place in
            let one = count == 1
            let consequence = switch place {
            case .scores: "\(one ? "telt" : "tellen") in de scores van geen enkele gemeente mee"
            case .comparison: "\(one ? "wordt" : "worden") niet vergeleken"
            }
            return "\(count) \(one ? "respondent heeft" : "respondenten hebben") geen waarde in de kolom \(column) die --municipality-column noemt, en " + consequence
        },
        noMunicipalityColumn: { column, closest, columns in
            "geen metadatakolom \"\(column)\" noemt de gemeenten, zoals --municipality-column vraagt; "
                + (closest.map { "bedoelt u \"\($0)\"?" } ?? (columns.isEmpty ? "het bestand heeft geen metadatakolom" : "de kolommen zijn \(columns.joined(separator: ", "))"))
        },
        noGroupColumn: { column, closest, columns in
            let known = columns.isEmpty ? "de rapporten hebben geen metadatakolom" : "de kolommen zijn \(columns.joined(separator: ", "))"
            return "geen metadatakolom \"\(column)\" om op te groeperen; \(closest.map { "bedoelt u \"\($0)\"? " } ?? "")\(known) "
                + "(een kolom die de vragenlijst niet declareert, vraagt --keep-column)"
        },
        onlyInThatWave: { "alleen in die golf: \($0)" },
        onlyInTheCurrentWave: { "alleen in de huidige golf: \($0)" },
        separator: "; ")

    static let french = AnalysisWording(
        withoutMunicipality: { count, column, place in
            let one = count == 1
            let consequence = switch place {
            case .scores: "\(one ? "ne compte" : "ne comptent") dans les scores d’aucune commune"
            case .comparison: "\(one ? "n’est pas comparé" : "ne sont pas comparés")"
            }
            return "\(count) \(one ? "répondant n’a" : "répondants n’ont") aucune valeur dans la colonne \(column) donnée à --municipality-column et " + consequence
        },
        noMunicipalityColumn: { column, closest, columns in
            "aucune colonne de métadonnées «\u{202F}\(column)\u{202F}» ne nomme les communes, comme --municipality-column le demande\u{202F}; "
                + (closest.map { "vouliez-vous dire «\u{202F}\($0)\u{202F}»\u{202F}?" }
                    ?? (columns.isEmpty ? "le fichier n’a aucune colonne de métadonnées" : "les colonnes sont \(columns.joined(separator: ", "))"))
        },
        noGroupColumn: { column, closest, columns in
            let known = columns.isEmpty ? "les rapports n’ont aucune colonne de métadonnées" : "les colonnes sont \(columns.joined(separator: ", "))"
            return "aucune colonne de métadonnées «\u{202F}\(column)\u{202F}» pour grouper\u{202F}; "
                + "\(closest.map { "vouliez-vous dire «\u{202F}\($0)\u{202F}»\u{202F}? " } ?? "")\(known) "
                + "(une colonne que le questionnaire ne déclare pas demande --keep-column)"
        },
        onlyInThatWave: { "seulement dans cette vague\u{202F}: \($0)" },
        onlyInTheCurrentWave: { "seulement dans la vague actuelle\u{202F}: \($0)" },
        separator: "\u{202F}; ")
}
