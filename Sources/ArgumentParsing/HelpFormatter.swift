/// The fixed words of a command's `--help`: its headings and the notes after an option's help.
/// The usage line, option names and values stay as typed, in every language.
package struct HelpWording: Sendable {
    /// The headings with their colon: `OVERVIEW:`, `USAGE:`, `ARGUMENTS:`, `OPTIONS:`.
    package var overview: String, usage: String, arguments: String, options: String
    /// The notes before an option's choices (`values:`) and its default (`default:`).
    package var values: String, defaultValue: String
    /// What `--help` does.
    package var showHelp: String

    package init(overview: String, usage: String, arguments: String, options: String, values: String, defaultValue: String, showHelp: String) {
        (self.overview, self.usage, self.arguments, self.options) = (overview, usage, arguments, options)
        (self.values, self.defaultValue, self.showHelp) = (values, defaultValue, showHelp)
    }

    /// The English words, as swift-argument-parser has them.
    package static let english = HelpWording(
        overview: "OVERVIEW:", usage: "USAGE:", arguments: "ARGUMENTS:", options: "OPTIONS:", values: "values:", defaultValue: "default:",
        showHelp: "Show help information.")
}

/// Renders `--help` and usage lines from the same declarations that parse.
extension CommandLineTool {
    /// The one-line usage of a command, or of the tool.
    package func usage(for commandName: String?) -> String {
        guard let commandName, let spec = command(named: commandName) else {
            return "\(name) <subcommand> [<options>]"
        }
        var parts = ["\(name) \(spec.name)"]
        for positional in spec.positionals {
            switch positional.arity {
            case .one: parts.append("<\(positional.name)>")
            case .optional: parts.append("[<\(positional.name)>]")
            case .oneOrMore: parts.append("<\(positional.name)> ...")
            case .zeroOrMore: parts.append("[<\(positional.name)> ...]")
            }
        }
        for option in spec.options {
            switch option.kind {
            case .flag: parts.append("[--\(option.long)]")
            case .value(let valueName, _, _):
                parts.append(option.isRequired ? "--\(option.long) <\(valueName)>" : "[--\(option.long) <\(valueName)>]")
            }
        }
        return parts.joined(separator: " ")
    }

    /// The full help text of a command, or of the tool when `commandName` is nil.
    package func help(for commandName: String?) -> String {
        guard let commandName, let spec = command(named: commandName) else { return toolHelp() }
        return help(for: spec, wording: .english)
    }

    /// The full help text of a command (one of the tool's, its texts possibly in another
    /// language: `CommandSpec.described(by:)`), with the headings and notes of `wording`.
    package func help(for spec: CommandSpec, wording: HelpWording) -> String {
        var text = "\(wording.overview) \(spec.abstract)\n"
        if let discussion = spec.discussion { text += "\n\(discussion)\n" }
        text += "\n\(wording.usage) \(usage(for: spec.name))\n"
        if !spec.positionals.isEmpty {
            text += "\n\(wording.arguments)\n"
            text += Self.table(spec.positionals.map { ("<\($0.name)>", $0.help) })
        }
        var rows: [(String, String)] = spec.options.map { option in
            let short = option.short.map { "-\($0), " } ?? ""
            switch option.kind {
            case .flag:
                return ("\(short)--\(option.long)", option.help)
            case .value(let valueName, let defaultValue, let allowed):
                var help = option.help
                if let allowed { help += " (\(wording.values) \(allowed.joined(separator: ", ")))" }
                if let defaultValue { help += " (\(wording.defaultValue) \(defaultValue))" }
                return ("\(short)--\(option.long) <\(valueName)>", help)
            }
        }
        rows.append(("-h, --help", wording.showHelp))
        text += "\n\(wording.options)\n" + Self.table(rows)
        return text
    }

    private func toolHelp() -> String {
        var text = "OVERVIEW: \(abstract)\n\nUSAGE: \(usage(for: nil))\n\nOPTIONS:\n"
        text += Self.table([("--version", "Show the version."), ("-h, --help", "Show help information.")])
        text += "\nSUBCOMMANDS:\n"
        text += Self.table(commands.map { ($0.name, $0.abstract) })
        text += "\n  See '\(name) help <subcommand>' for detailed help.\n"
        return text
    }

    /// The command that shows the help a usage error points to: `smartcity score --help`.
    package func helpCommand(for commandName: String?) -> String {
        commandName.map { "\(name) \($0) --help" } ?? "\(name) --help"
    }

    /// Two aligned columns, wrapped lines indented under the help column.
    static func table(_ rows: [(String, String)]) -> String {
        let width = min(max(rows.map(\.0.count).max() ?? 0, 10), 28)
        var text = ""
        for (label, help) in rows {
            if label.count > width {
                text += "  \(label)\n" + String(repeating: " ", count: width + 4) + "\(help)\n"
            } else {
                text += "  " + label + String(repeating: " ", count: width - label.count + 2) + help + "\n"
            }
        }
        return text
    }
}
