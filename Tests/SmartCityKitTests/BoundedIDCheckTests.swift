import Foundation
import XCTest
@testable import SmartCityKit

/// `validate` keeps a bounded number of ids in memory and checks the rest by an external sort:
/// it must find exactly the duplicates an unbounded table finds, with the same first rows.
final class BoundedIDCheckTests: XCTestCase {
    func testIDsBeyondTheLimitAreCheckedAgainstTheTableAndEachOtherAcrossRuns() throws {
        let runs = IDRuns(runBytes: 64)  // two or three records per run: many runs to merge
        var table = RespondentIDTable(limit: 3, overflow: runs)
        let ids = ["a", "b", "c", "d", "e", "a", "d", "f", "e", "d", "long-id-\(String(repeating: "x", count: 80))", "long-id-\(String(repeating: "x", count: 80))"]
        var immediate: [Int: Int] = [:]
        for (index, id) in ids.enumerated() {
            if case .duplicate(_, let firstRow) = table.insert(id, file: 0, row: index + 2) { immediate[index + 2] = firstRow }
        }
        XCTAssertEqual(immediate, [7: 2], "an id held in memory is found at once")
        XCTAssertNil(table.overflowFailure)
        let found = try runs.duplicates()
        XCTAssertEqual(found.map { "\($0.row):\($0.firstRow)" }, ["8:5", "10:6", "11:5", "13:12"])
        XCTAssertEqual(found.map(\.id).prefix(3), ["d", "e", "d"])
    }

    func testValidateFindsTheSameDuplicatesWithOrWithoutTheLimit() throws {
        let questionnaire = Fixtures.mini
        var lines = ["id,name,region,A1,A2,A3,B1,B2,B3,B4"]
        for number in 1...2_000 {
            // Every 97th row repeats the id of a row 1,000 rows before; a few repeat early ids.
            let id = number > 1_000 && number % 97 == 0 ? "m\(number - 1_000)" : number % 499 == 0 ? "m\(number % 7 + 1)" : "m\(number)"
            lines.append("\(id),Stad \(number),Flanders,4,2,yes,y,p,3,1")
        }
        let path = Fixtures.write(lines.joined(separator: "\n") + "\n", name: "many-ids.csv")
        func duplicates(idsInMemory: Int) -> [String] {
            var found: [String] = []
            ResponseChecker.check(path: path, questionnaire: questionnaire, options: ReadingOptions(), idsInMemory: idsInMemory, idRunBytes: 512) { diagnostics in
                found += diagnostics.filter { $0.message.contains("duplicate respondent id") }.map(\.description)
            }
            return found.sorted()
        }
        let unbounded = duplicates(idsInMemory: .max)
        XCTAssertEqual(unbounded.count, 10 + 4, "rows 1,067 ... 1,940 (every 97th) and rows 499, 998, 1,497, 1,996")
        XCTAssertEqual(duplicates(idsInMemory: 50), unbounded)
        XCTAssertEqual(duplicates(idsInMemory: 1_500), unbounded)
        XCTAssertTrue(unbounded.contains { $0.contains(":1068:id:") && $0.contains("\"m67\" (first on row 68)") }, unbounded.joined(separator: "\n"))
    }
}
