/// What `TargetsLoader` says about a targets file (`--targets FILE`) that does not name the
/// questionnaire's dimensions and bands, in one language, each with its fix. A struct with a
/// value per language, so that a missing translation does not compile; chosen by the run's
/// language. Ids, band ids and JSON stay as written.
package struct TargetsWording: Sendable, LanguageWording {
    /// The file is not `{"targets": {...}}`.
    var notTargets: String
    /// A member that is no dimension: (its name, the closest dimension id, if any, the dimension ids).
    var unknownDimension: @Sendable (_ id: String, _ closest: String?, _ dimensions: String) -> String
    /// A target that is neither `{"band": ...}` nor `{"score": ...}` from 0 to 100: (the dimension id).
    var notATarget: @Sendable (_ id: String) -> String
    /// A band the dimension does not have: (the dimension id, its bands).
    var unknownBand: @Sendable (_ id: String, _ bands: String) -> String
    /// Why the file is not JSON.
    var json: JSONWording

    package static let english = TargetsWording(
        notTargets: "expected {\"targets\": {\"<dimension id>\": {\"band\": \"<band id>\"} or {\"score\": 60}, ...}}",
        unknownDimension: { id, closest, dimensions in
            "no dimension \"\(id)\"; \(closest.map { "did you mean \"\($0)\"? " } ?? "")the dimensions are \(dimensions), and total"
        },
        notATarget: { "the target of \"\($0)\" is {\"band\": \"<band id>\"} or {\"score\": <0-100>}" },
        unknownBand: { "the target band of \"\($0)\" must be one of \($1)" },
        json: .english)

    package static let dutch = TargetsWording(
        notTargets: "verwacht {\"targets\": {\"<dimensie-id>\": {\"band\": \"<band-id>\"} of {\"score\": 60}, ...}}",
        unknownDimension: { id, closest, dimensions in
            "geen dimensie \"\(id)\"; \(closest.map { "bedoelt u \"\($0)\"? " } ?? "")de dimensies zijn \(dimensions), en total"
        },
        notATarget: { "het doel van \"\($0)\" is {\"band\": \"<band-id>\"} of {\"score\": <0-100>}" },
        unknownBand: { "de doelband van \"\($0)\" moet een van \($1) zijn" },
        json: .dutch)

    package static let french = TargetsWording(
        notTargets: "attendu {\"targets\": {\"<id de dimension>\": {\"band\": \"<id de bande>\"} ou {\"score\": 60}, ...}}",
        unknownDimension: { id, closest, dimensions in
            "aucune dimension «\u{202F}\(id)\u{202F}»\u{202F}; \(closest.map { "vouliez-vous dire «\u{202F}\($0)\u{202F}»\u{202F}? " } ?? "")"
                + "les dimensions sont \(dimensions), et total"
        },
        notATarget: { "l’objectif de «\u{202F}\($0)\u{202F}» est {\"band\": \"<id de bande>\"} ou {\"score\": <0-100>}" },
        unknownBand: { "la bande visée pour «\u{202F}\($0)\u{202F}» doit être l’une de \($1)" },
        json: .french)
}
