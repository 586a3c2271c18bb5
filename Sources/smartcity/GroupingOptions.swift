import ArgumentParsing
import SmartCityKit

/// `--group-by COLUMN` and `--bins COLUMN=EDGES`, as `compare` and `stats` take them.
enum GroupingOptions {
    static let groupBy = ValueOption<String>("group-by", valueName: "column", help: "A metadata column whose values make groups (region, urban/rural, ...).")
    static let bins = ValueOption<String>("bins", valueName: "column=edges",
                                     help: "Size classes of a number column as groups, e.g. population=0,10000,25000,50000.")
    static let declarations: [any OptionDeclaration] = [groupBy, bins]

    /// The grouping the options ask for; nil when neither is given.
    static func grouping(_ arguments: ParsedArguments, commandName: String) throws(UsageError) -> PeerGrouping? {
        var bins: PeerGrouping.Bins?
        if let text = try arguments.value(Self.bins) {
            switch PeerGrouping.Bins.parse(text) {
            case .success(let parsed): bins = parsed
            case .failure(let error): throw UsageError("The value '\(text)' is invalid for '--bins <column=edges>': \(error.message).", commandName: commandName)
            }
        }
        let groupBy = try arguments.value(Self.groupBy).map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        return groupBy != nil || bins != nil ? PeerGrouping(column: groupBy, bins: bins) : nil
    }
}
