import XCTest
@testable import SmartCityKit

/// The one percentile-bootstrap rule: the 2.5th and 97.5th percentiles at the type-7 positions,
/// interpolated (reliability) or the values enclosing them (sensitivity).
final class PercentileIntervalTests: XCTestCase {
    func testTheEndsAreRsTypeSevenQuantilesOrTheValuesEnclosingThem() {
        let sorted = (1...101).map(Double.init)
        // R: quantile(1:101, c(0.025, 0.975)) is 3.5 and 98.5; h = 2.5 and 97.5 (0-based).
        XCTAssertEqual(PercentileInterval.of(sorted: sorted, ends: .interpolated), 3.5...98.5)
        XCTAssertEqual(PercentileInterval.of(sorted: sorted, ends: .enclosing), 3...99)
    }

    func testAnEndOnAValueIsThatValueEitherWay() {
        // 41 values: h = 40 × 0.025 = 1 and 40 × 0.975 = 39.
        let sorted = (0...40).map { Double($0 * $0) }
        XCTAssertEqual(PercentileInterval.of(sorted: sorted, ends: .interpolated), 1...1521)
        XCTAssertEqual(PercentileInterval.of(sorted: sorted, ends: .enclosing), 1...1521)
        XCTAssertEqual(PercentileInterval.of(sorted: [0.25], ends: .enclosing), 0.25...0.25)
        XCTAssertEqual(PercentileInterval.of(sorted: [0.25], ends: .interpolated), 0.25...0.25)
    }

    func testTheSensitivityIntervalFallsBackOnTheEstimateWithoutResamples() {
        XCTAssertEqual(SensitivityIndices.percentileInterval([], fallback: 0.4), 0.4...0.4)
        XCTAssertEqual(SensitivityIndices.percentileInterval([0.5, 0.1, 0.3], fallback: 0.4), 0.1...0.5)
    }
}
