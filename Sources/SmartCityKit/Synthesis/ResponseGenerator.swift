import Foundation

/// A small, fast, seedable random generator (SplitMix64): the same seed gives the same
/// numbers on every platform, unlike the system generator.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

/// Synthetic, valid and varied responses for demos, tests and benchmarks. Each respondent
/// has a latent maturity and a profile per dimension; answers follow them with noise, and a
/// few are blank, "don't know" or "not applicable". Identical for the same seed.
public struct ResponseGenerator: Sendable {
    public let questionnaire: Questionnaire
    private var random: SplitMix64
    private var produced = 0

    private static let regions = ["Flanders", "Wallonia", "Brussels"]

    public init(questionnaire: Questionnaire, seed: UInt64) {
        self.questionnaire = questionnaire
        random = SplitMix64(seed: seed)
    }

    /// The metadata columns written: those the questionnaire declares, else name, region and population.
    private var metadata: [MetadataField] {
        questionnaire.metadata ?? [
            MetadataField(id: "name", label: LocalizedText([:]), kind: .text),
            MetadataField(id: "region", label: LocalizedText([:]), kind: .category),
            MetadataField(id: "population", label: LocalizedText([:]), kind: .number),
        ]
    }

    /// The CSV header line.
    public func header() -> String {
        var writer = CSVWriter()
        writer.row((["id"] + metadata.map(\.id) + questionnaire.questions.map(\.id)).map(CSVWriter.text))
        return writer.text
    }

    /// The next respondent's CSV line.
    public mutating func nextRow() -> String {
        produced += 1
        let maturity = 0.05 + 0.9 * random.unit()
        let profile = questionnaire.dimensions.map { _ in (random.unit() - 0.5) * 0.4 }
        let population = Int(2_000 * pow(10, random.unit() * 2.4))
        var cells = [Self.respondentID(produced)]
        for field in metadata {
            switch (field.id.lowercased(), field.kind) {
            case ("name", _): cells.append("Municipality \(produced)")
            case (_, .number): cells.append(String(population))
            case ("region", _): cells.append(Self.regions[Int(random.next() % UInt64(Self.regions.count))])
            case (_, .category): cells.append("\(field.id)-\(1 + random.next() % 3)")
            case (_, .text): cells.append("\(field.id) \(produced)")
            }
        }
        for question in questionnaire.questions {
            let dimension = questionnaire.dimensions.firstIndex { $0.id == question.dimensionID } ?? 0
            // Descriptive answers follow no maturity: any answer is as likely as another.
            let target = question.isScored ? min(1, max(0, maturity + profile[dimension] + (random.unit() - 0.5) * 0.3)) : random.unit()
            cells.append(answer(question.kind, target: target, scored: question.isScored))
        }
        var writer = CSVWriter()
        writer.row(cells.map(CSVWriter.text))
        return writer.text
    }

    private mutating func answer(_ kind: QuestionKind, target: Double, scored: Bool) -> String {
        let roll = random.unit()
        if roll < 0.03 { return "" }
        if roll < 0.06, let code = questionnaire.nonAnswers.first(where: { $0.kind == .dontKnow })?.code { return code }
        if roll < 0.07, let code = questionnaire.nonAnswers.first(where: { $0.kind == .notApplicable })?.code { return code }
        switch kind {
        case .likert(let scale, let reverse):
            return pointNear(reverse ? 1 - target : target, scale)
        case .level(let scale):
            return pointNear(target, scale)
        case .choice(let options):
            guard scored else { return options[min(options.count - 1, Int(target * Double(options.count)))].code }
            let best = options.min { abs($0.score - target * 100) < abs($1.score - target * 100) }!
            return best.code
        case .multi(let options, _):
            guard scored else { return options.filter { _ in random.unit() < 0.3 }.map(\.code).joined(separator: ";") }
            let chosen = options.filter { $0.score > 0 && random.unit() < target }
            let nothing = options.first { $0.score == 0 }
            return (chosen.isEmpty ? nothing.map { [$0] } ?? [] : chosen).map(\.code).joined(separator: ";")
        case .yesNo(let reverse):
            return (random.unit() < target) != reverse ? "yes" : "no"
        case .number(let scoring) where scoring.thresholds.isEmpty:
            let high = scoring.maximum.map { min($0, scoring.minimum + 10) } ?? scoring.minimum + 10
            return NumberFormat.plain((scoring.minimum + (high - scoring.minimum) * target).rounded())
        case .number(let scoring):
            let thresholds = scoring.thresholds
            let step = min(thresholds.count - 1, Int(target * Double(thresholds.count)))
            let low = thresholds[step].atLeast
            let high = step + 1 < thresholds.count ? thresholds[step + 1].atLeast : (scoring.maximum ?? max(low * 1.5, low + 1))
            let value = low + (high - low) * random.unit() * 0.999
            return NumberFormat.fixed(min(value, scoring.maximum ?? value), digits: 1)
        }
    }

    private func pointNear(_ fraction: Double, _ scale: Scale) -> String {
        let values = scale.points.map(\.value).sorted()
        let wanted = values[0] + fraction * (values[values.count - 1] - values[0])
        return NumberFormat.plain(values.min { abs($0 - wanted) < abs($1 - wanted) }!)
    }
}

extension ResponseGenerator {
    /// `gen-000042`.
    static func respondentID(_ number: Int) -> String {
        let digits = String(number)
        return "gen-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
