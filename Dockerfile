# The extract command line in a container: built with the SDK, run on the .NET runtime alone.
#   docker build -t extraction .
#   docker run --rm -v "$PWD/pdfs:/data" extraction run /data --out /data/results
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# ReadyToRun: compiled ahead of time, so each start skips most of the JIT work (figures in docs/benchmarks.md).
RUN dotnet publish src/Extraction.Cli/Extraction.Cli.csproj -c Release -r linux-x64 --self-contained false \
      -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
COPY --from=build /app /opt/extraction
RUN ln -s /opt/extraction/extract /usr/local/bin/extract
WORKDIR /work
ENTRYPOINT ["extract"]
CMD ["--help"]
