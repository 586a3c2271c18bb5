import XCTest
@testable import SmartCityKit

/// The id index of a cohort (`CohortIDIndex`, how waves are matched) finds each id's first
/// municipality as a dictionary keyed by the id would.
final class CohortIDIndexTests: XCTestCase {
    private func cohort(_ ids: [String]) -> ComparedCohort {
        ComparedCohort(ids.map { ComparedRespondent(id: $0, name: $0, metadata: [], dimensionScores: [], total: nil, bandID: nil) })
    }

    func testAnIDThatComesTwiceFindsItsFirstMunicipality() {
        let index = CohortIDIndex(cohort(["Aalst", "Geel", "Aalst", "Ieper"]))
        XCTAssertEqual(index.position(of: "Aalst"), 0)
        XCTAssertEqual(index.position(of: "Geel"), 1)
        XCTAssertEqual(index.position(of: "Ieper"), 3)
        XCTAssertNil(index.position(of: "Hasselt"))
    }

    func testIDsAreFoundByTheirTextNotTheirNormalisationButLetterCaseCounts() {
        let index = CohortIDIndex(cohort(["Li\u{E8}ge", "Lie\u{300}ge", "LIEGE"]))
        XCTAssertEqual(index.position(of: "Lie\u{300}ge"), 0, "decomposed è is the composed one, first seen at 0")
        XCTAssertEqual(index.position(of: "LIEGE"), 2)
        XCTAssertNil(index.position(of: "li\u{E8}ge"))
    }

    func testEveryIDOfALargeCohortIsFoundAtItsPosition() {
        let ids = (0..<5_000).map { "gen-\($0)" }
        let index = CohortIDIndex(cohort(ids))
        for position in stride(from: 0, to: 5_000, by: 7) { XCTAssertEqual(index.position(of: ids[position]), position) }
        XCTAssertNil(index.position(of: "gen-5000"))
        XCTAssertNil(CohortIDIndex(cohort([])).position(of: "gen-0"))
    }
}
