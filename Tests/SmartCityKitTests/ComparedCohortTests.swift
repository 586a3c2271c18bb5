import XCTest
@testable import SmartCityKit

/// How `compare` keeps its cohort by column: exact scores as codes that order and tie as the
/// fractions do, texts coded or end to end, and municipalities read back as they were appended.
final class ComparedCohortTests: XCTestCase {
    func testEqualScoresWrittenDifferentlyShareACodeAndCodesOrderAsTheExactValues() {
        var column = ScoreColumn()
        for score in [Fraction(2, 6), Fraction(1, 2), nil, Fraction(1, 3), Fraction(10, 30), Fraction(1, 4)] { column.append(score) }
        column.finish()
        XCTAssertEqual(column.code(of: 0), column.code(of: 3))
        XCTAssertEqual(column.code(of: 0), column.code(of: 4))
        XCTAssertNil(column.code(of: 2))
        XCTAssertEqual(column.values, [Fraction(1, 4), Fraction(1, 3), Fraction(1, 2)])
        XCTAssertLessThan(column.code(of: 5)!, column.code(of: 0)!)
        XCTAssertLessThan(column.code(of: 0)!, column.code(of: 1)!)
        XCTAssertEqual(column.place(of: 0), StandingTable.Place(below: 1, equal: 3))
        XCTAssertEqual(column.place(of: 1), StandingTable.Place(below: 4, equal: 1))
        XCTAssertEqual(column.scoredCount, 5)
        // 1/4, 1/3, 1/3, 1/3, 1/2: the middle one.
        XCTAssertEqual(column.median, Fraction(1, 3))
        // 1/2 and 1/4: their exact mean.
        XCTAssertEqual(column.median(of: [1, 2, 5]), Fraction(3, 8))
    }

    func testAColumnOfMoreDifferentScoresThanItLooksUpIsCodedBySortingThemAsTheDictionaryWould() {
        // 6,000 different values (beyond `lookupLimit`), each written twice (n/7 and 2n/14), in a scrambled order, and rows without a score.
        var generator = SplitMix64(seed: 7)
        var scores: [Fraction?] = []
        for _ in 0..<15_000 {
            let numerator = Int128(generator.index(below: 6_000)) - 3_000
            scores.append(generator.index(below: 10) == 0 ? nil : generator.index(below: 2) == 0 ? Fraction(numerator, 7) : Fraction(2 * numerator, 14))
        }
        var column = ScoreColumn()
        for score in scores { column.append(score) }
        column.finish()
        let present = scores.compactMap { $0 }
        let distinct = present.sorted().reduce(into: [Fraction]()) { values, score in if values.last != score { values.append(score) } }
        XCTAssertGreaterThan(distinct.count, ScoreColumn.lookupLimit)
        XCTAssertEqual(column.values, distinct)
        XCTAssertEqual(column.scoredCount, present.count)
        for (row, score) in scores.enumerated() {
            guard let score else {
                XCTAssertNil(column.code(of: row))
                continue
            }
            var low = 0, high = distinct.count
            while low < high { (low, high) = distinct[(low + high) / 2] < score ? ((low + high) / 2 + 1, high) : (low, (low + high) / 2) }
            XCTAssertEqual(column.code(of: row).map(Int.init), low)
            guard row % 100 == 0 else { continue }
            XCTAssertEqual(column.place(of: row), StandingTable.Place(below: Int32(present.filter { $0 < score }.count),
                                                                    equal: Int32(present.filter { $0 == score }.count)))
            // The value kept is the first written in input order (as the dictionary keeps it).
            let first = scores.first { $0 == score }!!
            XCTAssertEqual(column[row].map { [$0.numerator, $0.denominator] }, [first.numerator, first.denominator])
        }
        let sorted = present.sorted()
        XCTAssertEqual(column.median, sorted.count % 2 == 1 ? sorted[sorted.count / 2]
                       : sorted[sorted.count / 2 - 1].adding(sorted[sorted.count / 2])?.divided(by: Fraction(2)))
    }

    func testAColumnCodedBySortingKeepsScoresBeyond64BitsThatComeAfterSmallOnes() {
        // More different values than `lookupLimit`, in 16 bytes each until one does not fit.
        let big = Int128(1) << 70
        var scores: [Fraction] = (0..<(ScoreColumn.lookupLimit + 100)).map { Fraction(Int128($0), 3) }
        scores.insert(Fraction(big + 1, big), at: ScoreColumn.lookupLimit + 50)
        scores.append(Fraction(5, 3))
        var column = ScoreColumn()
        for score in scores { column.append(score) }
        column.finish()
        XCTAssertEqual(column.values, scores.sorted().reduce(into: [Fraction]()) { values, score in if values.last != score { values.append(score) } })
        XCTAssertEqual(column[ScoreColumn.lookupLimit + 50].map { [$0.numerator, $0.denominator] }, [big + 1, big])
        XCTAssertEqual(column.code(of: scores.count - 1), column.code(of: 5))
        XCTAssertEqual(column.place(of: 5), StandingTable.Place(below: 6, equal: 2))  // 0 to 4 thirds, and the big one (just above 1)
    }

    func testScoresOneUnitOfTheLastPlaceApartAreNotTied() {
        // Two fractions whose doubles are equal: decided on the exact values.
        let big = Int128(1) << 70
        let a = Fraction(big, big + 1), b = Fraction(big + 1, big + 2)
        XCTAssertEqual(a.doubleValue, b.doubleValue)
        var column = ScoreColumn()
        column.append(b)
        column.append(a)
        column.finish()
        XCTAssertEqual(column.code(of: 1), 0)
        XCTAssertEqual(column.code(of: 0), 1)
    }

    func testATextColumnReadsBackEveryRowWhetherCodedOrEndToEnd() {
        var coded = TextColumn(), spelled = TextColumn()
        let few = (0..<100).map { "province-\($0 % 7)" }
        let many = (0..<(TextColumn.distinctLimit + 50)).map { "municipality \($0) é" }
        for text in few { coded.append(text) }
        for text in many { spelled.append(text) }
        XCTAssertEqual((0..<coded.count).map { coded[$0] }, few)
        XCTAssertEqual((0..<spelled.count).map { spelled[$0] }, many)
        XCTAssertTrue(spelled.precedes(1, 2))
        XCTAssertFalse(spelled.precedes(2, 1))
        XCTAssertEqual(spelled.precedes(10, 9), many[10] < many[9])
    }

    func testATextColumnReadsBackTextsSharingTheirStartsWithTheOneBeforeLongOnesAndEmptyOnes() {
        var column = TextColumn()
        let long = String(repeating: "x", count: 300)
        let texts = (0..<(TextColumn.distinctLimit + 3 * TextColumn.blockSize)).map { index -> String in
            switch index % 7 {
            case 0: "gen-\(index)"
            case 1: "gen-\(index - 1)"  // the same as the one before
            case 2: ""
            case 3: long + "\(index)"  // longer than the shared part goes
            case 4: long + "\(index)"  // ... after a long one
            case 5: "gen"  // a start of the one before it
            default: "gén-\(index)"
            }
        }
        for text in texts { column.append(text) }
        column.finish()
        XCTAssertEqual(column.count, texts.count)
        XCTAssertEqual((0..<column.count).map { column[$0] }, texts)
        XCTAssertEqual((0..<column.count).map { row in column.withUTF8(row) { Array($0) } }, texts.map { Array($0.utf8) })
        for (row, other) in [(0, 6), (6, 0), (2, 3), (5, 7), (13, 20), (4095, 4100)] {
            XCTAssertEqual(column.precedes(row, other), texts[row] < texts[other], "\(row) before \(other)")
        }
    }

    func testAMunicipalityIsReadBackAsItWasAppended() {
        let respondents = [
            ComparedRespondent(id: "b", name: "B", metadata: ["north", "1200"], dimensionScores: [Fraction(1, 2), nil], total: Fraction(1, 2), bandID: "low"),
            ComparedRespondent(id: "a", name: "A", metadata: ["south", ""], dimensionScores: [nil, Fraction(3)], total: nil, bandID: nil),
        ]
        let cohort = ComparedCohort(respondents)
        XCTAssertEqual(Array(cohort), respondents)
        XCTAssertEqual(cohort.reorderingDimensions([1, 0])[1].dimensionScores, [Fraction(3), nil])
        XCTAssertTrue(cohort.idPrecedes(1, 0))
    }
}
