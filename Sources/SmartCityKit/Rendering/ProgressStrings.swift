/// The words of the progress lines a person waiting at a terminal sees on stderr, in one
/// language. A struct, so that a missing translation does not compile.
package struct ProgressStrings: LanguageWording {
    /// "120000 rows": (rows).
    var rows: @Sendable (Int) -> String
    /// "52000 rows/s": (rows a second).
    var rate: @Sendable (Int) -> String
    /// "0:03 left": (the time, as m:ss or h:mm:ss).
    var left: @Sendable (String) -> String
    /// "Writing reports: 1234 of 300000": (written, all).
    var writing: @Sendable (Int, Int) -> String
    /// "Bootstrap: 340 of 1000 resamples": (what is counted, done, all).
    var counted: @Sendable (WorkProgress.Phase, Int, Int) -> String

    package static let english = ProgressStrings(rows: { "\($0) rows" }, rate: { "\($0) rows/s" }, left: { "\($0) left" },
        writing: { "Writing reports: \($0) of \($1)" },
        counted: { phase, done, total in
            switch phase {
            case .resamples: "Bootstrap: \(done) of \(total) resamples"
            case .draws: "Monte Carlo: \(done) of \(total) draws"
            case .sensitivityRows: "Sensitivity: \(done) of \(total) rows of the design"
            }
        })

    package static let dutch = ProgressStrings(rows: { "\($0) rijen" }, rate: { "\($0) rijen/s" }, left: { "nog \($0)" },
        writing: { "Rapporten schrijven: \($0) van \($1)" },
        counted: { phase, done, total in
            switch phase {
            case .resamples: "Bootstrap: \(done) van \(total) hersteekproeven"
            case .draws: "Monte Carlo: \(done) van \(total) trekkingen"
            case .sensitivityRows: "Gevoeligheid: \(done) van \(total) rijen van het ontwerp"
            }
        })

    package static let french = ProgressStrings(rows: { "\($0) lignes" }, rate: { "\($0) lignes/s" }, left: { "encore \($0)" },
        writing: { "Écriture des rapports\u{202F}: \($0) sur \($1)" },
        counted: { phase, done, total in
            switch phase {
            case .resamples: "Bootstrap\u{202F}: \(done) sur \(total) rééchantillons"
            case .draws: "Monte-Carlo\u{202F}: \(done) sur \(total) tirages"
            case .sensitivityRows: "Sensibilité\u{202F}: \(done) sur \(total) lignes du plan"
            }
        })
}
