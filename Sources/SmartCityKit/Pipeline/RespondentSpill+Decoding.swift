extension RespondentSpill {
    /// The respondent a record holds, with the path of the file it came from. Without
    /// `details`, the factor scores, item statuses and answers (what only Markdown, JSON and
    /// item reports show) are left empty.
    static func decode(_ reader: inout SpillReader, layout: SpillLayout, files: [String], details: Bool = true) throws(SpillError) -> ScoredRespondent {
        let row = try reader.fixedRow()
        let id = try reader.byte() == 1 ? ResponsePlan.rowNumberID(row) : try reader.string()
        let fileIndex = Int(try reader.unsigned())
        let incomplete = try reader.incomplete()
        let metadata = try (0..<Int(try reader.unsigned())).map { _ throws(SpillError) in try reader.string() }
        let total = try reader.fraction()
        let coverage = try reader.fraction() ?? .zero
        let band = try reader.index().flatMap { $0 < layout.bandIDs.count ? layout.bandIDs[$0] : nil }
        var dimensions: [DimensionResult] = []
        dimensions.reserveCapacity(layout.dimensionIDs.count)
        for position in layout.dimensionIDs.indices {
            let score = try reader.fraction()
            let dimensionCoverage = try reader.fraction() ?? .zero
            let bands = layout.dimensionBandIDs[position]
            let bandID = try reader.index().flatMap { $0 < bands.count ? bands[$0] : nil }
            let answered = Int(try reader.unsigned())
            let level = try reader.double()
            let factorIDs = layout.factorIDs[position]
            var factors: [FactorResult] = []
            if !factorIDs.isEmpty {
                if details { factors.reserveCapacity(factorIDs.count) }
                for factor in factorIDs.indices {
                    let score = try reader.fraction(), answered = Int(try reader.unsigned())
                    guard details else { continue }
                    factors.append(FactorResult(factorID: factorIDs[factor], exactScore: score, answered: answered,
                                                questions: layout.questionsPerFactor[position][factor]))
                }
            }
            dimensions.append(DimensionResult(dimensionID: layout.dimensionIDs[position], exactScore: score, exactCoverage: dimensionCoverage,
                                              bandID: bandID, answered: answered, questions: layout.questionsPerDimension[position],
                                              factors: factors, level: level))
        }
        let file = fileIndex < files.count ? files[fileIndex] : ""
        guard details else {
            let score = RespondentScore(exactTotal: total, bandID: band, dimensions: dimensions, itemStatuses: [], exactCoverage: coverage)
            return ScoredRespondent(id: id, metadata: metadata, score: score, descriptiveAnswers: [], file: file, row: row, incomplete: incomplete)
        }
        var statuses = [ItemStatus](repeating: .scored, count: layout.questionCount)
        for _ in 0..<Int(try reader.unsigned()) {
            let index = Int(try reader.unsigned()), status = Int(try reader.unsigned())
            guard index < statuses.count, status < ItemStatus.all.count else { throw .damaged }
            statuses[index] = ItemStatus.all[status]
        }
        var descriptive: [Answer] = []
        if layout.descriptiveCount > 0 {
            descriptive.reserveCapacity(layout.descriptiveCount)
            for _ in 0..<layout.descriptiveCount { descriptive.append(try reader.answer()) }
        }
        var scoredAnswers: [Answer] = []
        if layout.keepsScoredAnswers {
            scoredAnswers.reserveCapacity(layout.scoredCount)
            for _ in 0..<layout.scoredCount { scoredAnswers.append(try reader.answer()) }
        }
        let scoredAnswerTexts = layout.keepsAnswerTexts ? try (0..<layout.scoredCount).map { _ throws(SpillError) in try reader.string() } : []
        let score = RespondentScore(exactTotal: total, bandID: band, dimensions: dimensions, itemStatuses: statuses, exactCoverage: coverage)
        return ScoredRespondent(id: id, metadata: metadata, score: score, descriptiveAnswers: descriptive, file: file, row: row, incomplete: incomplete,
                                scoredAnswers: scoredAnswers, scoredAnswerTexts: scoredAnswerTexts)
    }
}
