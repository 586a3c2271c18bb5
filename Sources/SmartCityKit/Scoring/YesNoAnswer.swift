/// The spellings accepted for a yes/no answer, in the languages we support.
public enum YesNoAnswer {
    public static let yesCodes: Set<String> = ["yes", "y", "1", "true", "ja", "j", "oui", "o"]
    public static let noCodes: Set<String> = ["no", "n", "0", "false", "nee", "non"]
    /// Every accepted spelling, sorted.
    public static var allCodes: [String] { (yesCodes.union(noCodes)).sorted() }
    /// How yes and no are written in reports.
    public static let yesLabel = LocalizedText(["en": "yes", "nl": "ja", "fr": "oui"])
    public static let noLabel = LocalizedText(["en": "no", "nl": "nee", "fr": "non"])

    /// true for yes, false for no, nil for anything else (case-insensitive).
    public static func parse(_ text: String) -> Bool? {
        let lowered = text.lowercased()
        if yesCodes.contains(lowered) { return true }
        if noCodes.contains(lowered) { return false }
        return nil
    }
}
