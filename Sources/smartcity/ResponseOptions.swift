import ArgumentParsing
import SmartCityKit

/// Options about reading responses files, shared by `validate` and `score`.
struct ResponseOptions {
    static let specs: [OptionSpec] = [
        .value("id-column", valueName: "name", defaultValue: "id", help: "The column that identifies a respondent."),
    ]

    var readingOptions: ReadingOptions

    init(_ arguments: ParsedArguments) {
        readingOptions = ReadingOptions(idColumn: arguments.value("id-column") ?? "id")
    }
}
