#pragma once
// REDRESS_PER_THREAD: storage a function keeps from call to call, one per thread, such as the
// JsonTree each case is read into (`redress check --jsonl` reads cases on several threads
// natively). The WebAssembly builds have one thread, and there it is plain static storage:
// Emscripten 3.1.6's linker refuses thread_local in a build with bulk memory, which the Node
// build uses for memcpy (docs/build.md).
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
#define REDRESS_PER_THREAD static
#else
#define REDRESS_PER_THREAD thread_local
#endif
