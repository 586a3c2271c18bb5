// libFuzzer entry point for FuzzTargets.jsonParser (Tests/SmartCityKitTests/Fuzz/FuzzTargets.swift).
// Built and run by .ci/fuzz; seeds in Tests/Fuzz/Corpus/jsonParser.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzFailure.trap(on: FuzzTargets.jsonParser, data, size)
}
