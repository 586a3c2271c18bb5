import XCTest
@testable import SmartCityKit

/// `stats` counts a dimension's items as pairs of coded values (`ItemPairCounts`) and turns the
/// counts into co-moments at the end: they must be the moments that adding the rows one by one
/// gives, however the rows were split into pieces and whether or not the values fit the codes.
final class ItemPairCountsTests: XCTestCase {
    /// Rows of four items scored in whole units (nil: not scored), `values` distinct values per item.
    private func rows(_ count: Int, values: Int, seed: UInt64) -> [[Int64?]] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<4).map { _ in Int.random(in: 0..<10, using: &generator) == 0 ? nil : Int64.random(in: 0..<Int64(values), using: &generator) * 25 }
        }
    }

    /// The moments of the rows counted in pieces ending before each of `splits`, merged in order.
    private func counted(_ rows: [[Int64?]], splits: [Int] = []) -> (listwise: CoMoments, pairwise: PairwiseCoMoments) {
        let items = Array(0..<4)
        var row = [Int64](repeating: 0, count: 4)
        var pieces: [DimensionItemMoments] = []
        for (index, scores) in rows.enumerated() {
            if index == 0 || splits.contains(index) { pieces.append(DimensionItemMoments(size: 4, scoreUnit: 4)) }
            pieces[pieces.count - 1].add(scores, items: items, row: &row)
        }
        var merged = pieces[0]
        for piece in pieces.dropFirst() { merged.merge(piece) }
        return merged.moments
    }

    /// The moments of the rows added one by one.
    private func summed(_ rows: [[Int64?]]) -> (listwise: CoMoments, pairwise: PairwiseCoMoments) {
        var listwise = CoMoments(size: 4, scoreUnit: 4), pairwise = PairwiseCoMoments(size: 4, scoreUnit: 4)
        for scores in rows {
            pairwise.add(scores, items: Array(0..<4))
            if scores.allSatisfy({ $0 != nil }) { listwise.add(scores.map { $0! }) }
        }
        return (listwise, pairwise)
    }

    private func assertSame(_ counted: (listwise: CoMoments, pairwise: PairwiseCoMoments), _ summed: (listwise: CoMoments, pairwise: PairwiseCoMoments),
                            file: StaticString = #filePath, line: UInt = #line) {
        // Every sum, count and bound of the listwise moments, to the last bit.
        XCTAssertEqual(String(describing: counted.listwise), String(describing: summed.listwise), file: file, line: line)
        XCTAssertEqual(counted.listwise.count, summed.listwise.count, file: file, line: line)
        XCTAssertNotNil(counted.pairwise.covariances, file: file, line: line)
        XCTAssertEqual(counted.pairwise.covariances, summed.pairwise.covariances, file: file, line: line)
        XCTAssertEqual(counted.pairwise.smallestPairCount, summed.pairwise.smallestPairCount, file: file, line: line)
        let alpha = counted.listwise.reliability(dimension: 0, items: [0, 1, 2, 3]), expected = summed.listwise.reliability(dimension: 0, items: [0, 1, 2, 3])
        XCTAssertEqual(alpha.alpha, expected.alpha, file: file, line: line)
        XCTAssertEqual(alpha.itemTotalCorrelations, expected.itemTotalCorrelations, file: file, line: line)
    }

    func testItemsOfFewValuesCountedAsCodesGiveTheMomentsOfTheRowsAddedOneByOne() {
        let rows = rows(500, values: 5, seed: 11)
        assertSame(counted(rows), summed(rows))
        XCTAssertGreaterThan(summed(rows).listwise.count, 100)
        XCTAssertLessThan(summed(rows).listwise.count, 500)
    }

    func testPiecesMergedInOrderGiveTheMomentsOfTheWholeRun() {
        let rows = rows(400, values: 6, seed: 12)
        assertSame(counted(rows, splits: [1, 90, 91, 250]), summed(rows))
    }

    func testAnItemTakesAsManyValuesAsTheCodesAndNoMore() {
        var counts = ItemPairCounts(size: 2)
        for value in 0..<Int64(ItemPairCounts.valueLimit) { XCTAssertTrue(counts.add([value, 1], items: [0, 1])) }
        XCTAssertFalse(counts.add([Int64(ItemPairCounts.valueLimit), 1], items: [0, 1]))
        XCTAssertEqual(counts.respondents, ItemPairCounts.valueLimit)
        XCTAssertEqual(counts.completeRespondents, ItemPairCounts.valueLimit)
    }

    func testAnItemOfMoreValuesThanTheCodesContinuesAsMomentsWithTheSameSums() {
        let rows = rows(300, values: ItemPairCounts.valueLimit + 3, seed: 13)
        assertSame(counted(rows), summed(rows))
        assertSame(counted(rows, splits: [40, 200]), summed(rows))
    }

    /// Each piece's values fit the codes, but not the two pieces' together: the merge continues as moments.
    func testPiecesWhoseValuesTogetherExceedTheCodesMergeAsMoments() {
        let low = rows(100, values: 5, seed: 14)
        let high = rows(100, values: 5, seed: 15).map { $0.map { $0.map { $0 + 500 } } }
        assertSame(counted(low + high, splits: [100]), summed(low + high))
    }

    func testScoresBeyondThirtyOneBitsAreNotCodedAndStillCountExactly() {
        var rows = rows(50, values: 3, seed: 16)
        rows[20][1] = Int64(1) << 40
        var counts = ItemPairCounts(size: 4)
        XCTAssertFalse(counts.add([0, Int64(1) << 40, 0, 0], items: Array(0..<4)))
        XCTAssertEqual(counts.respondents, 0)
        assertSame(counted(rows), summed(rows))
    }
}
