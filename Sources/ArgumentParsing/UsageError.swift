/// A mistake on the command line. The front end prints it with the usage line and exits 64.
package struct UsageError: Error, Sendable {
    /// What is wrong: found by the parser, or by a command's own rules.
    package enum Problem: Sendable {
        case parsing(UsageProblem)
        case command(any CommandUsageProblem)
    }

    package var problem: Problem
    /// The command whose usage to print (nil: the tool itself).
    package var commandName: String?

    /// A problem the parser found.
    package init(_ problem: UsageProblem, commandName: String? = nil) {
        self.problem = .parsing(problem)
        self.commandName = commandName
    }

    /// A problem of a command's own rules.
    package init(_ problem: any CommandUsageProblem, commandName: String? = nil) {
        self.problem = .command(problem)
        self.commandName = commandName
    }
}

/// A problem a command finds in its arguments by its own rules, after parsing (a `--wave`
/// without a label, an `--id` with spaces): typed by the command's front end, which words it.
package protocol CommandUsageProblem: Sendable {
    /// The problem worded in a language (`nl`, `fr`, `en`; English for any other).
    func message(inLanguage code: String) -> String
}
