/// The words of the progress lines a person waiting at a terminal sees on stderr, in one
/// language. A struct, so that a missing translation does not compile.
package struct ProgressStrings: Sendable {
    /// "120000 rows": (rows).
    var rows: @Sendable (Int) -> String
    /// "52000 rows/s": (rows a second).
    var rate: @Sendable (Int) -> String
    /// "0:03 left": (the time, as m:ss or h:mm:ss).
    var left: @Sendable (String) -> String
    /// "Writing reports: 1234 of 300000": (written, all).
    var writing: @Sendable (Int, Int) -> String

    /// The words for a report language, English for any other.
    package static func forLanguage(_ code: String) -> ProgressStrings {
        switch code {
        case "nl": return ProgressStrings(rows: { "\($0) rijen" }, rate: { "\($0) rijen/s" }, left: { "nog \($0)" },
                                          writing: { "Rapporten schrijven: \($0) van \($1)" })
        case "fr": return ProgressStrings(rows: { "\($0) lignes" }, rate: { "\($0) lignes/s" }, left: { "encore \($0)" },
                                          writing: { "Écriture des rapports : \($0) sur \($1)" })
        default: return ProgressStrings(rows: { "\($0) rows" }, rate: { "\($0) rows/s" }, left: { "\($0) left" },
                                        writing: { "Writing reports: \($0) of \($1)" })
        }
    }
}
