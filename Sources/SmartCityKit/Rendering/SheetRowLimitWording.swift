/// What is said when a workbook's sheet cannot hold every row and the CSV file that holds them
/// all is written as well, in one language. A struct with a value per language, so that a
/// missing translation does not compile; chosen by the run's language.
struct SheetRowLimitWording: LanguageWording {
    /// (the rows a sheet lists, what they are, how many there are, the CSV file).
    var cut: @Sendable (_ capacity: Int, _ unit: SheetRowLimit.Unit, _ count: Int, _ csvFile: String) -> String

    static let english = SheetRowLimitWording(cut: { capacity, unit, count, csvFile in
        "a sheet holds \(capacity) \(unit == .respondents ? "respondents" : "rows") and there are \(count): "
            + "it lists the first \(capacity), and \(csvFile), written as well, holds them all; add csv to --format to say so yourself"
    })

    static let dutch = SheetRowLimitWording(cut: { capacity, unit, count, csvFile in
        "een werkblad bevat \(capacity) \(unit == .respondents ? "respondenten" : "rijen") en er zijn er \(count): "
            + "het toont de eerste \(capacity), en \(csvFile), dat ook geschreven werd, bevat ze allemaal; voeg csv toe aan --format om dat zelf te vragen"
    })

    static let french = SheetRowLimitWording(cut: { capacity, unit, count, csvFile in
        let (noun, first, all) = unit == .respondents ? ("répondants", "premiers", "tous") : ("lignes", "premières", "toutes")
        return "une feuille contient \(capacity) \(noun) et il y en a \(count)\u{202F}: "
            + "elle montre les \(capacity) \(first), et \(csvFile), écrit lui aussi, les contient \(all)\u{202F}; ajoutez csv à --format pour le demander vous-même"
    })
}
