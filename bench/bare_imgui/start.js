// Starts the bare page's module on its canvas and exposes its frame counter to the benchmark.
createBareModule({ canvas: document.getElementById("canvas") }).then((m) => {
  window.bareFrameCount = () => m._bare_frame_count();
});
