import Dispatch

/// Work spread over every core, results in order.
enum Parallel {
    /// `transform` of each element, on every core, in the elements' order. Each call reads its
    /// own element and fills its own slot; `transform` may read shared state only.
    static func map<Element, Transformed>(_ elements: [Element], _ transform: (Element) -> Transformed) -> [Transformed] {
        var results = [Transformed?](repeating: nil, count: elements.count)
        nonisolated(unsafe) let transform = transform, elements = elements
        results.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: elements.count) { index in slots[index] = transform(elements[index]) }
        }
        return results.compactMap { $0 }
    }
}
