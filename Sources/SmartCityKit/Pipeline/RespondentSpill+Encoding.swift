extension RespondentSpill {
    /// Appends a respondent as one length-prefixed record (built in `scratch`, which is reused)
    /// and returns where it is, so that its row can be set once the piece's place in the file is known.
    @discardableResult
    static func encode(_ respondent: ScoredRespondent, encoding: SpillEncoding, scratch record: inout SpillWriter,
                       into output: inout ByteBuffer) -> SpillRecordRange {
        let layout = encoding.layout
        let score = respondent.score
        let statuses = score.itemStatuses
        var unscored = 0
        for status in statuses where status != .scored { unscored += 1 }
        let answers = respondent.descriptiveAnswers.count + (layout.keepsScoredAnswers ? respondent.scoredAnswers.count : 0)
        // The most bytes the record takes, so that it is written through one cursor.
        var length = SpillField.fixedRowLength + 1 + 3 * SpillField.unsignedLength + SpillField.incompleteLength
            + (encoding.idIsRowNumber ? 0 : SpillField.unsignedLength + respondent.id.utf8.count)
            + 2 * SpillField.fractionLength + SpillField.unsignedLength
            + 2 * unscored * SpillField.unsignedLength + answers * SpillField.answerLength
        for value in respondent.metadata { length += SpillField.unsignedLength + value.utf8.count }
        if layout.keepsAnswerTexts { for text in respondent.scoredAnswerTexts { length += SpillField.unsignedLength + text.utf8.count } }
        for position in score.dimensions.indices {
            length += 2 * SpillField.fractionLength + 2 * SpillField.unsignedLength + SpillField.doubleLength
                + score.dimensions[position].factors.count * (SpillField.fractionLength + SpillField.unsignedLength)
        }
        record.removeAll()
        record.fields(atMost: length) { fields in
            fields.spillFixedRow(respondent.row)
            if encoding.idIsRowNumber {
                fields.append(1)
            } else {
                fields.append(0)
                fields.spillString(respondent.id)
            }
            fields.spillUnsigned(UInt64(encoding.fileIndex))
            fields.spillIncomplete(respondent.incomplete)
            fields.spillUnsigned(UInt64(respondent.metadata.count))
            for value in respondent.metadata { fields.spillString(value) }
            fields.spillFraction(score.exactTotal)
            fields.spillFraction(score.exactCoverage)
            fields.spillIndex(score.bandID.flatMap { id in layout.bandIDs.firstIndex(of: id) })
            for position in score.dimensions.indices {
                // Field by field: a copy of the whole result would retain its ids and factors.
                fields.spillFraction(score.dimensions[position].exactScore)
                fields.spillFraction(score.dimensions[position].exactCoverage)
                fields.spillIndex(score.dimensions[position].bandID.flatMap { id in layout.dimensionBandIDs[position].firstIndex(of: id) })
                fields.spillUnsigned(UInt64(score.dimensions[position].answered))
                fields.spillDouble(score.dimensions[position].level)
                for factor in score.dimensions[position].factors {
                    fields.spillFraction(factor.exactScore)
                    fields.spillUnsigned(UInt64(factor.answered))
                }
            }
            fields.spillUnsigned(UInt64(unscored))
            for index in statuses.indices where statuses[index] != .scored {
                fields.spillUnsigned(UInt64(index))
                fields.spillUnsigned(UInt64(statuses[index].position))
            }
            for answer in respondent.descriptiveAnswers { fields.spillAnswer(answer) }
            if layout.keepsScoredAnswers { for answer in respondent.scoredAnswers { fields.spillAnswer(answer) } }
            if layout.keepsAnswerTexts { for text in respondent.scoredAnswerTexts { fields.spillString(text) } }
        }
        let start = output.count
        output.append(atMost: SpillField.unsignedLength) { $0.spillUnsigned(UInt64(record.count)) }
        let rowField = output.count
        output.append(record.buffer)
        return SpillRecordRange(bytes: start..<output.count, rowField: rowField)
    }
}
