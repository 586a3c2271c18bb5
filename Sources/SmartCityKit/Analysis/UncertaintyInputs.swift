/// The active choices as coordinates of a unit cube: a draw is a point of [0, 1)^columns, and
/// each method reads its own columns (the weights one column per weight, the others one each).
/// Monte Carlo draws and the Saltelli design both go through `choices(_:)`.
struct UncertaintyInputs: Sendable {
    let settings: UncertaintySettings
    /// The methods varied, in `UncertaintyMethod` order, and their columns.
    let methods: [UncertaintyMethod]
    let columnsOfMethod: [Range<Int>]
    let columns: Int
    private let dimensions: Int
    private let slots: Int
    private let nominal: AnalystChoices

    /// The inputs of a model with `dimensions` dimensions and `slots` scored questions.
    init(settings: UncertaintySettings, dimensions: Int, slots: Int, minimumCoverage: Double) {
        self.settings = settings
        self.dimensions = dimensions
        self.slots = slots
        nominal = .nominal(dimensions: dimensions, minimumCoverage: minimumCoverage)
        methods = settings.activeMethods
        var ranges: [Range<Int>] = [], start = 0
        for method in methods {
            let width = method == .weights ? dimensions + (settings.itemWeights ? slots : 0) : 1
            ranges.append(start..<start + width)
            start += width
        }
        columnsOfMethod = ranges
        columns = start
    }

    /// The choices at a point of the unit cube (`point.count == columns`).
    func choices(_ point: ArraySlice<Double>) -> AnalystChoices {
        var choices = nominal
        let base = point.startIndex
        for (method, range) in zip(methods, columnsOfMethod) {
            let first = base + range.lowerBound
            switch method {
            case .weights:
                let noise = settings.weightNoise
                choices.dimensionMultipliers = (0..<dimensions).map { 1 - noise + 2 * noise * point[first + $0] }
                if settings.itemWeights {
                    choices.itemMultipliers = (0..<slots).map { 1 - noise + 2 * noise * point[first + dimensions + $0] }
                }
            case .boundaries:
                choices.boundaryShift = settings.thresholdNoise * (2 * point[first] - 1)
            case .aggregation:
                choices.aggregation = point[first] < 0.5 ? .arithmetic : .geometric
            case .coverage:
                let minimums = UncertaintyMethod.coverageMinimums
                choices.minimumCoverage = minimums[min(Int(point[first] * Double(minimums.count)), minimums.count - 1)]
            case .dontKnow:
                choices.dontKnow = point[first] < 0.5 ? .missing : .lowest
            }
        }
        return choices
    }

    /// The point of Monte Carlo draw `draw`: its own stream of the seed.
    func point(ofDraw draw: Int) -> [Double] {
        var random = SplitMix64(seed: settings.seed, stream: UInt64(draw))
        return (0..<columns).map { _ in random.unit() }
    }
}
