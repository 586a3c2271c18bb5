import XCTest
@testable import SmartCityKit

/// The duplicate-id table: exact answers however often it has grown, and ids spread over its
/// slots even when they differ only in their last characters (as generated ids do).
final class RespondentIDTableTests: XCTestCase {
    /// Ids numbered like a survey tool's, `R0000001` on.
    private static func numbered(_ number: Int) -> String {
        "R" + String(repeating: "0", count: max(0, 7 - String(number).count)) + String(number)
    }

    func testEveryIDIsFoundWhereItWasFirstSeenAfterTheTableGrewManyTimes() {
        var table = RespondentIDTable()
        let count = 60_000
        for number in 1...count {
            XCTAssertEqual(table.insert(Self.numbered(number), file: 0, row: number + 1), .new, "id \(number)")
        }
        for number in stride(from: 1, through: count, by: 7) {
            XCTAssertEqual(table.insert(Self.numbered(number), file: 1, row: number), .duplicate(file: 0, row: number + 1))
            XCTAssertEqual(table.firstSighting(of: Self.numbered(number)).map { [$0.file, $0.row] }, [0, number + 1])
        }
        XCTAssertEqual(table.insert("r0012345", file: 1, row: 2), .twin(id: "R0012345", file: 0, row: 12_346), "a twin after growing")
        XCTAssertEqual(table.insert("R0060001", file: 1, row: 3), .new)
        XCTAssertNil(table.firstSighting(of: "R0060002"))
    }

    func testLongIDsAreTwinsWhateverTheCaseOfEveryLetterButNeighboursOfLettersAreNot() {
        var table = RespondentIDTable()
        XCTAssertEqual(table.insert("Brussel-Hoofdstad 1000", file: 0, row: 2), .new)
        XCTAssertEqual(table.insert("BRUSSEL-hoofdSTAD 1000", file: 0, row: 3), .twin(id: "Brussel-Hoofdstad 1000", file: 0, row: 2))
        // `@` `[` `` ` `` `{` sit beside the letters in ASCII: no case of theirs.
        XCTAssertEqual(table.insert("AZ@[az`{AZ@[", file: 0, row: 4), .new)
        XCTAssertEqual(table.insert("az`{az`{az`{", file: 0, row: 5), .new)
        XCTAssertEqual(table.insert("az@[AZ`{az@[", file: 0, row: 6), .twin(id: "AZ@[az`{AZ@[", file: 0, row: 4))
    }

    func testConsecutiveIDsStartTheirProbesInAsManySlotsAsRandomOnesWould() {
        // 100,000 ids over 150,000 slots (not a power of two): random homes cover
        // 150,000 x (1 - e^(-2/3)), about 73,000 slots; ids that cluster cover far fewer.
        let ids = 100_000, slots = 150_000
        var homes = Set<Int>()
        for number in 1...ids {
            var id = Self.numbered(number)
            let hash = id.withUTF8 { RespondentIDTable.hash($0) }
            homes.insert(RespondentIDTable.home(of: hash, slotCount: slots))
        }
        XCTAssertGreaterThan(homes.count, 71_000)
        XCTAssertLessThan(homes.count, 75_000)
        XCTAssertEqual(homes.max().map { $0 < slots }, true)
    }
}
