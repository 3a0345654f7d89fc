"""Words and writing systems: the app's languages, country names, scripts and text from outside made safe."""
