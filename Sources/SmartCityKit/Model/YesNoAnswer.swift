/// The spellings accepted for a yes/no answer, in the languages we support.
enum YesNoAnswer {
    static let yesCodes: Set<String> = ["yes", "y", "1", "true", "ja", "j", "oui", "o"]
    static let noCodes: Set<String> = ["no", "n", "0", "false", "nee", "non", "nein"]
    /// Every accepted spelling, sorted.
    static var allCodes: [String] { (yesCodes.union(noCodes)).sorted() }
    /// How yes and no are written in reports.
    static let yesLabel = LocalizedText(["en": "yes", "nl": "ja", "fr": "oui"])
    static let noLabel = LocalizedText(["en": "no", "nl": "nee", "fr": "non"])

    private static let yesBytes = yesCodes.map { Array($0.utf8) }
    private static let noBytes = noCodes.map { Array($0.utf8) }

    /// true for yes, false for no, nil for anything else (case-insensitive).
    package static func parse(_ text: String) -> Bool? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { parse(UnsafeBufferPointer($0)) }
    }

    /// The same on the bytes of a cell.
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if yesBytes.contains(where: { ASCII.equalIgnoringCase($0, bytes) }) { return true }
        if noBytes.contains(where: { ASCII.equalIgnoringCase($0, bytes) }) { return false }
        return nil
    }
}

/// How a per-option column (`Q12[opt]`) says whether its option was chosen.
enum OptionMark {
    /// Cells (lowercased) that mean "chosen"; the option's own code means it too. Survey tools
    /// also write "checked".
    static let chosen: Set<String> = ["1", "y", "yes", "x", "true", "ja", "oui", "checked"]
    /// Cells (lowercased) that mean "not chosen"; an empty cell says nothing.
    static let notChosen: Set<String> = ["0", "n", "no", "false", "nee", "non", "nein", "unchecked"]

    private static let chosenBytes = chosen.map { Array($0.utf8) }
    private static let notChosenBytes = notChosen.map { Array($0.utf8) }

    /// true for a "chosen" mark, false for a "not chosen" one, nil otherwise (case-insensitive).
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if chosenBytes.contains(where: { ASCII.equalIgnoringCase($0, bytes) }) { return true }
        if notChosenBytes.contains(where: { ASCII.equalIgnoringCase($0, bytes) }) { return false }
        return nil
    }
}
