import ArgumentParsing
import XCTest
@testable import smartcity

/// Every command reads only what it declares: its arguments are one option group whose
/// declarations make its spec, and reading an undeclared option traps; the audit here reads each
/// command's group against exactly its declarations and finds every such read.
final class CommandDeclarationTests: XCTestCase {
    func testEveryCommandReadsOnlyWhatItDeclares() {
        XCTAssertEqual(subcommands.map { $0.commandName }, ["assess", "validate", "questionnaires", "score", "compare", "stats", "template",
                                                            "generate", "map", "import", "explain", "uncertainty"])
        for command in subcommands {
            XCTAssertEqual(command.undeclaredReads(), [], "\(command.commandName) reads options it does not declare")
        }
    }

    func testTheSharedGroupsReadOnlyWhatTheyDeclare() {
        let groups: [any OptionGroup.Type] = [
            OutputFileOptions.self, ResponseOptions.self, ScoringOptions.self, GroupingOptions.self, ReportRunOptions.self,
        ]
        for group in groups { XCTAssertEqual(group.undeclaredReads(), [], "\(group)") }
    }
}

extension SubcommandRunner {
    /// What the command's arguments read without declaring.
    static func undeclaredReads() -> [String] { Arguments.undeclaredReads() }
}
