import ArgumentParsing
import XCTest
@testable import smartcity

/// Every command declares its arguments as the stored properties of one value
/// (`Arguments.Declared`) and reads them by key path into it, so it cannot read what it does not
/// declare; the declarations, in order, are what the parser takes and `--help` lists.
final class CommandDeclarationTests: XCTestCase {
    func testEveryCommandParsesAndListsInHelpTheOptionsItDeclaresInTheirOrder() {
        XCTAssertEqual(subcommands.map { $0.commandName }, ["assess", "validate", "questionnaires", "score", "compare", "stats", "template",
                                                            "generate", "map", "import", "explain", "uncertainty"])
        let tool = CommandLineTool(name: "smartcity", version: "1", abstract: "A.", commands: subcommands.map { $0.spec })
        for command in subcommands {
            let declared = command.declaredOptions
            XCTAssertEqual(command.spec.options.map(\.long), declared, "\(command.commandName): the parser takes the declarations")
            XCTAssertEqual(Set(declared).count, declared.count, "\(command.commandName) declares an option twice")
            XCTAssertEqual(Self.optionsListed(in: tool.help(for: command.commandName)), declared + ["help"], "\(command.commandName) --help")
            for long in declared {
                do { _ = try CommandLineTool.parse(["--\(long)"], for: command.spec) } catch {
                    if case .parsing(.unknownOption) = error.problem { XCTFail("\(command.commandName) --\(long) is unknown") }
                }
            }
        }
    }

    func testAGroupsDeclarationsTakeItsPlaceAmongTheCommands() {
        XCTAssertEqual(ScoreCommand.spec.options.map(\.long), [
            "out", "format", "lang", "min-group", "ranking-limit", "targets", "previous", "force",
            "id-column", "from", "map", "sheet", "include-incomplete", "keep-column", "municipality-column", "strict", "quiet", "color",
        ])
        XCTAssertEqual(ScoreCommand.spec.positionals.map(\.name), ["questionnaire", "responses"])
        XCTAssertEqual(MapCommand.spec.options.map(\.long), ["from", "id-column", "map", "output", "force", "color"],
                       "map reads the shared reading options without --sheet")
    }

    /// The long names of the OPTIONS section of a command's help, in order.
    private static func optionsListed(in help: String) -> [String] {
        guard let section = help.components(separatedBy: "\nOPTIONS:\n").last else { return [] }
        return section.split(separator: "\n").compactMap { line in
            guard let match = line.firstMatch(of: /^  (?:-., )?--([a-z-]+)/) else { return nil }
            return String(match.1)
        }
    }
}

extension SubcommandRunner {
    /// The long names of the options the command's declarations hold, in order.
    static var declaredOptions: [String] { Arguments.Declared.options.map(\.long) }
}
