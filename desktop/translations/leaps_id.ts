<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name></name>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Year started</source>
        <translation>Tahun mulai</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>Tingkat pemerintahan</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Lintang</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>SDG</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>Kurasi</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Apa itu</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Cara kerja</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Core or adaptable</source>
        <translation>Inti atau dapat diadaptasi</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Keandalan</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Terjemahan</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Local title</source>
        <translation>Judul lokal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Pendekatan</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Naskah</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID eksternal</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribusi</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Sumber berbeda pendapat</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Dokumen Word (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Teks OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Halaman web (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Korea</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Tionghoa</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Jepang</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>Hindi and Marathi (Devanagari)</source>
        <translation>Hindi dan Marathi (Dewanagari)</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message>
        <source>core</source>
        <translation>inti</translation>
    </message>
    <message>
        <source>adaptable</source>
        <translation>dapat diadaptasi</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Jumlah penduduk</translation>
    </message>
    <message>
        <source>Density (people per km²)</source>
        <translation>Kepadatan (jiwa per km²)</translation>
    </message>
    <message>
        <source>Powers</source>
        <translation>Wewenang</translation>
    </message>
    <message>
        <source>Budget band</source>
        <translation>Kisaran anggaran</translation>
    </message>
    <message>
        <source>Digital readiness</source>
        <translation>Kesiapan digital</translation>
    </message>
    <message>
        <source>Data readiness</source>
        <translation>Kesiapan data</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Konektivitas</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transportasi</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Partisipasi</translation>
    </message>
    <message>
        <source>Digital government</source>
        <translation>Pemerintahan digital</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>Iklim</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Lingkungan</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Sampah</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Kesehatan</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Perumahan</translation>
    </message>
    <message>
        <source>Public space</source>
        <translation>Ruang publik</translation>
    </message>
    <message>
        <source>Urban planning</source>
        <translation>Perencanaan kota</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inklusi</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Keselamatan</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparansi</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energi</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Berbagi</translation>
    </message>
    <message>
        <source>Service delivery</source>
        <translation>Pelayanan publik</translation>
    </message>
    <message>
        <source>East Asia</source>
        <translation>Asia Timur</translation>
    </message>
    <message>
        <source>South-East Asia</source>
        <translation>Asia Tenggara</translation>
    </message>
    <message>
        <source>South Asia</source>
        <translation>Asia Selatan</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>Asia Tengah</translation>
    </message>
    <message>
        <source>West Asia</source>
        <translation>Asia Barat</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>Pasifik</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Eropa</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>Amerika Latin dan Karibia</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Amerika Utara</translation>
    </message>
    <message>
        <source>member</source>
        <translation>anggota</translation>
    </message>
    <message>
        <source>curator</source>
        <translation>kurator</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Legal constraints</source>
        <translation>Batasan hukum</translation>
    </message>
    <message>
        <source>Partners available</source>
        <translation>Mitra yang tersedia</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Source case</source>
        <translation>Kasus sumber</translation>
    </message>
    <message>
        <source>This plan does not adapt a catalogued case.</source>
        <translation>Rencana ini tidak mengadaptasi kasus dari katalog.</translation>
    </message>
    <message>
        <source>Summary ({language} original):</source>
        <translation>Ringkasan (teks asli: {language}):</translation>
    </message>
    <message>
        <source>Citation or address</source>
        <translation>Rujukan atau alamat</translation>
    </message>
    <message>
        <source>As published ({language} original)</source>
        <translation>Sebagaimana diterbitkan (teks asli: {language})</translation>
    </message>
    <message>
        <source>{risk} (flagged by the fit check)</source>
        <translation>{risk} (ditandai oleh uji kesesuaian)</translation>
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation>Keputusan: {decision}</translation>
    </message>
    <message>
        <source>Adaptation: {adaptation}</source>
        <translation>Adaptasi: {adaptation}</translation>
    </message>
    <message>
        <source>Rationale: {rationale}</source>
        <translation>Alasan: {rationale}</translation>
    </message>
    <message>
        <source>Adaptations made</source>
        <translation>Adaptasi yang dilakukan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh siapa</translation>
    </message>
    <message>
        <source>Transfer intent</source>
        <translation>Maksud transfer</translation>
    </message>
    <message>
        <source>Degree: {degree}</source>
        <translation>Tingkat: {degree}</translation>
    </message>
    <message>
        <source>Context comparison</source>
        <translation>Perbandingan konteks</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensi</translation>
    </message>
    <message>
        <source>Source city</source>
        <translation>Kota sumber</translation>
    </message>
    <message>
        <source>Target city</source>
        <translation>Kota tujuan</translation>
    </message>
    <message>
        <source>Fit check</source>
        <translation>Uji kesesuaian</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mekanisme</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>Prasyarat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Context, mechanism, outcome</source>
        <translation>Konteks, mekanisme, capaian</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Konteks</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Capaian</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Pemangku kepentingan</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Pemangku kepentingan</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Kepentingan</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Pengaruh</translation>
    </message>
    <message>
        <source>Citizen engagement</source>
        <translation>Pelibatan warga</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Sumber daya</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Teknologi</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Kemungkinan</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigasi</translation>
    </message>
    <message>
        <source>Prototype design</source>
        <translation>Rancangan purwarupa</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Lingkup</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Routine conditions</source>
        <translation>Kondisi rutin</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Kriteria keberhasilan</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nilai awal</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Scaling path</source>
        <translation>Jalur perluasan skala</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Belum dipilih</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Tonggak capaian</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Tonggak capaian</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Uraian kejadian</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Pengesahan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Adaptation plan</source>
        <translation>Rencana adaptasi</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>City profile deleted</source>
        <translation>Profil kota dihapus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Terakhir diubah</translation>
    </message>
    <message>
        <source>Monitoring report</source>
        <translation>Laporan pemantauan</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Berdampingan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>≠ marks a field where the cases differ.</source>
        <translation>≠ menandai bidang yang berbeda antarkasus.</translation>
    </message>
    <message>
        <source>Comparison of cases</source>
        <translation>Perbandingan kasus</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
    <message>
        <source>How practices spread</source>
        <translation>Sebaran praktik</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <source>How far</source>
        <translation>Sejauh mana</translation>
    </message>
    <message>
        <source>Cities adapting each practice</source>
        <translation>Kota yang mengadaptasi tiap praktik</translation>
    </message>
    <message>
        <source>Shortlist of cases</source>
        <translation>Daftar pendek kasus</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokumen</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Cetak {title}</translation>
    </message>
    <message>
        <source>Chart of {indicator}</source>
        <translation>Grafik {indicator}</translation>
    </message>
    <message>
        <source>{name}: baseline {baseline}, target {target}, latest {latest}</source>
        <translation>{name}: nilai awal {baseline}, target {target}, terbaru {latest}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>no readings yet</source>
        <translation>belum ada pembacaan</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>nilai awal</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>No readings yet</source>
        <translation>Belum ada pembacaan</translation>
    </message>
    <message>
        <source>Add progress entry</source>
        <translation>Tambah catatan kemajuan</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>T&amp;ahap</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Uraian kejadian</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicator readings&lt;/b&gt; (leave a value empty to skip it)</source>
        <translation>&lt;b&gt;Pembacaan indikator&lt;/b&gt; (kosongkan nilai untuk melewatinya)</translation>
    </message>
    <message>
        <source>Indicator readings</source>
        <translation>Pembacaan indikator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adaptations since the last entry&lt;/b&gt;</source>
        <translation>&lt;b&gt;Adaptasi sejak catatan terakhir&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{name}: {latest} of {target} {unit}</source>
        <translation>{name}: {latest} dari {target} {unit}</translation>
    </message>
    <message>
        <source>Latest stage</source>
        <translation>Tahap terakhir</translation>
    </message>
    <message>
        <source>Decision per component</source>
        <translation>Keputusan per komponen</translation>
    </message>
    <message>
        <source>Latest readings</source>
        <translation>Pembacaan terakhir</translation>
    </message>
    <message>
        <source>Adaptations</source>
        <translation>Adaptasi</translation>
    </message>
    <message>
        <source>What earlier adaptations found</source>
        <translation>Temuan adaptasi sebelumnya</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Yang berubah</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>Yang memutuskan</translation>
    </message>
    <message>
        <source>Planned or reactive</source>
        <translation>Terencana/reaktif</translation>
    </message>
    <message>
        <source>Core kept</source>
        <translation>Inti tetap</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Add adaptation</source>
        <translation>Tambah adaptasi</translation>
    </message>
    <message>
        <source>{indicator}: {message}</source>
        <translation>{indicator}: {message}</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Tidak disimpan: perbaiki isian yang ditandai merah.</translation>
    </message>
    <message>
        <source>{indicator}: {value}</source>
        <translation>{indicator}: {value}</translation>
    </message>
    <message>
        <source>core function kept</source>
        <translation>fungsi inti dipertahankan</translation>
    </message>
    <message>
        <source>core function changed</source>
        <translation>fungsi inti diubah</translation>
    </message>
    <message>
        <source>Adapted: {what} ({kind}, {kept}; decided by {who}) {why}</source>
        <translation>Diadaptasi: {what} ({kind}, {kept}; diputuskan oleh {who}) {why}</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>tidak disebutkan</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Pemantauan</translation>
    </message>
    <message>
        <source>&amp;Add progress entry…</source>
        <translation>&amp;Tambah catatan kemajuan…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Linimasa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Timeline of progress entries</source>
        <translation>Linimasa catatan kemajuan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators&lt;/b&gt;</source>
        <translation>&lt;b&gt;Indikator&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The plan has no indicators yet: add them under Indicators.</source>
        <translation>Rencana ini belum memiliki indikator: tambahkan di bagian Indikator.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Prototyping</source>
        <translation>Uji purwarupa</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Perluasan skala</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Copy: reproduce it as it is</source>
        <translation>Salin: tiru persis apa adanya</translation>
    </message>
    <message>
        <source>Emulate: keep the core, change the rest</source>
        <translation>Emulasi: pertahankan intinya, ubah sisanya</translation>
    </message>
    <message>
        <source>Mix: combine it with other practices</source>
        <translation>Campuran: padukan dengan praktik lain</translation>
    </message>
    <message>
        <source>Inspire: take the idea only</source>
        <translation>Inspirasi: ambil gagasannya saja</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Terpenuhi</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Terpenuhi sebagian</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Tidak terpenuhi</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Pertahankan</translation>
    </message>
    <message>
        <source>Adapt</source>
        <translation>Adaptasi</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Hilangkan</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Sangat rendah</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sangat tinggi</translation>
    </message>
    <message>
        <source>Vertical: into policy, law or budget</source>
        <translation>Vertikal: ke dalam kebijakan, peraturan, atau anggaran</translation>
    </message>
    <message>
        <source>Horizontal: to more districts or cities</source>
        <translation>Horizontal: ke lebih banyak distrik atau kota</translation>
    </message>
    <message>
        <source>Diversification: to other services</source>
        <translation>Diversifikasi: ke layanan lain</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Pembelajaran</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Pertukaran</translation>
    </message>
    <message>
        <source>Prototype</source>
        <translation>Purwarupa</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Perluasan skala</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Terencana</translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation>Reaktif</translation>
    </message>
    <message>
        <source>Private: never leaves this device</source>
        <translation>Pribadi: tidak pernah meninggalkan perangkat ini</translation>
    </message>
    <message>
        <source>Organisation: travels whole in bundles</source>
        <translation>Organisasi: ikut utuh dalam bundel</translation>
    </message>
    <message>
        <source>Outcomes only: decisions, state and readings travel; no notes, stakeholders or budgets</source>
        <translation>Hasil saja: keputusan, status, dan pembacaan ikut; tanpa catatan, pemangku kepentingan, atau anggaran</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Inti</translation>
    </message>
    <message>
        <source>Adaptable</source>
        <translation>Dapat diadaptasi</translation>
    </message>
    <message>
        <source>Required: fill this in.</source>
        <translation>Wajib: isi bagian ini.</translation>
    </message>
    <message>
        <source>Enter a number, such as 120 or 4.5.</source>
        <translation>Masukkan angka, misalnya 120 atau 4.5.</translation>
    </message>
    <message>
        <source>Enter a date like 2026-03-31.</source>
        <translation>Masukkan tanggal seperti 2026-03-31.</translation>
    </message>
    <message>
        <source>Enter a whole number, such as 250000.</source>
        <translation>Masukkan bilangan bulat, misalnya 250000.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(belum dipilih)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Hapus baris</translation>
    </message>
    <message>
        <source>Remove the selected row of {table}</source>
        <translation>Hapus baris terpilih dari {table}</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>Baris {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Masalah pada {field}</translation>
    </message>
    <message>
        <source>Adaptation plan for {city}</source>
        <translation>Rencana adaptasi untuk {city}</translation>
    </message>
    <message>
        <source>city profile deleted</source>
        <translation>profil kota dihapus</translation>
    </message>
    <message>
        <source>(from scratch)</source>
        <translation>(dari awal)</translation>
    </message>
    <message>
        <source>source case deleted</source>
        <translation>kasus sumber dihapus</translation>
    </message>
    <message>
        <source>{origin} → {target}</source>
        <translation>{origin} → {target}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>belum dimulai</translation>
    </message>
    <message>
        <source>Origin → adopting city</source>
        <translation>Asal → kota pengadopsi</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Adaptation plans</source>
        <translation>Rencana adaptasi</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Rencana baru…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplikat…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Duplicate plan</source>
        <translation>Duplikat rencana</translation>
    </message>
    <message>
        <source>Title of the copy:</source>
        <translation>Judul salinan:</translation>
    </message>
    <message>
        <source>Copy of {title}</source>
        <translation>Salinan {title}</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Hapus rencana</translation>
    </message>
    <message>
        <source>Delete the plan {title} and its progress entries?</source>
        <translation>Hapus rencana {title} beserta catatan kemajuannya?</translation>
    </message>
    <message>
        <source>Programme view</source>
        <translation>Tampilan program</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Saring menurut tahap</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Filter by plan state</source>
        <translation>Saring menurut status rencana</translation>
    </message>
    <message>
        <source>Country code, e.g. KR</source>
        <translation>Kode negara, mis. KR</translation>
    </message>
    <message>
        <source>Filter by country of origin or adoption</source>
        <translation>Saring menurut negara asal atau negara pengadopsi</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Negara:</translation>
    </message>
    <message>
        <source>Transfers in the programme</source>
        <translation>Transfer dalam program</translation>
    </message>
    <message>
        <source>&amp;Export monitoring report…</source>
        <translation>&amp;Ekspor laporan pemantauan…</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>T&amp;ransfer</translation>
    </message>
    <message>
        <source>How practices s&amp;pread</source>
        <translation>Sebaran &amp;praktik</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfer</numerusform>
        </translation>
    </message>
    <message>
        <source>All transfers</source>
        <translation>Semua transfer</translation>
    </message>
    <message>
        <source>Export monitoring report</source>
        <translation>Ekspor laporan pemantauan</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Diekspor ke {file}</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Tidak diekspor: {reason}</translation>
    </message>
    <message>
        <source>Fonts missing</source>
        <translation>Fon tidak ada</translation>
    </message>
    <message>
        <source>No font on this computer shows {scripts}: in a PDF that text would come out as empty boxes. Install a font for it (Noto fonts cover every script; on Debian or Ubuntu: {packages}), or export as Word or OpenDocument, which the reader&apos;s computer shows with its own fonts.

Write the PDF anyway?</source>
        <translation>Tidak ada fon di komputer ini yang dapat menampilkan {scripts}: di PDF teks itu akan muncul sebagai kotak kosong. Pasang fon untuknya (fon Noto mencakup semua aksara; di Debian atau Ubuntu: {packages}), atau ekspor sebagai Word atau OpenDocument, yang ditampilkan dengan fon komputer pembaca.

Tetap tulis PDF?</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Rencana</translation>
    </message>
    <message>
        <source>&amp;Plans…</source>
        <translation>&amp;Rencana…</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>Rencana &amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;City Profiles…</source>
        <translation>&amp;Profil Kota…</translation>
    </message>
    <message>
        <source>P&amp;rogramme View…</source>
        <translation>&amp;Tampilan Program…</translation>
    </message>
    <message>
        <source>Document &amp;Issuer…</source>
        <translation>Penerbit &amp;Dokumen…</translation>
    </message>
    <message>
        <source>How closely will the city follow the original practice, and why that degree?</source>
        <translation>Seberapa dekat kota akan mengikuti praktik aslinya, dan mengapa tingkat itu?</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>A name the team will recognise</source>
        <translation>Nama yang dikenali tim</translation>
    </message>
    <message>
        <source>Choose the &amp;source case…</source>
        <translation>Pilih ka&amp;sus sumber…</translation>
    </message>
    <message>
        <source>Give this plan the case it adapts; its components fill an empty fit check</source>
        <translation>Tetapkan kasus yang diadaptasi rencana ini; komponennya mengisi uji kesesuaian yang masih kosong</translation>
    </message>
    <message>
        <source>Adapts</source>
        <translation>Mengadaptasi</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>&amp;Degree of transfer</source>
        <translation>&amp;Tingkat transfer</translation>
    </message>
    <message>
        <source>&amp;Why this degree</source>
        <translation>&amp;Alasan tingkat ini</translation>
    </message>
    <message>
        <source>{case} ({city})</source>
        <translation>{case} ({city})</translation>
    </message>
    <message>
        <source>No source case</source>
        <translation>Tanpa kasus sumber</translation>
    </message>
    <message>
        <source>Source case deleted</source>
        <translation>Kasus sumber dihapus</translation>
    </message>
    <message>
        <source>No city profile chosen</source>
        <translation>Belum ada profil kota yang dipilih</translation>
    </message>
    <message>
        <source>Compare the city the practice comes from with yours. Differences point to what to adapt.</source>
        <translation>Bandingkan kota asal praktik dengan kota Anda. Perbedaannya menunjukkan apa yang perlu diadaptasi.</translation>
    </message>
    <message>
        <source>Source and target cities compared</source>
        <translation>Perbandingan kota sumber dan kota tujuan</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>Kota Anda</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Ca&amp;tatan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Precondition</source>
        <translation>Prasyarat</translation>
    </message>
    <message>
        <source>In your city</source>
        <translation>Di kota Anda</translation>
    </message>
    <message>
        <source>Add precondition</source>
        <translation>Tambah prasyarat</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Adaptasi</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Remove component</source>
        <translation>Hapus komponen</translation>
    </message>
    <message>
        <source>Earlier adaptations: {hint}</source>
        <translation>Adaptasi sebelumnya: {hint}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>New component</source>
        <translation>Komponen baru</translation>
    </message>
    <message>
        <source>For each component, say whether your city meets what it needs, then keep, adapt, replace or drop it. Unmet needs of core components become risks.</source>
        <translation>Untuk setiap komponen, nyatakan apakah kota Anda memenuhi kebutuhannya, lalu pertahankan, adaptasi, ganti, atau hilangkan. Kebutuhan komponen inti yang tidak terpenuhi menjadi risiko.</translation>
    </message>
    <message>
        <source>Risks flagged by the fit check</source>
        <translation>Risiko yang ditandai uji kesesuaian</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>Tambah komponen</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) flagged (listed under Risks): {risks}.</source>
        <translation>
            <numerusform>%n risiko ditandai (tercantum di Risiko): {risks}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not judged yet: %n need(s) of core components still Unknown.</source>
        <translation>
            <numerusform>Belum dinilai: %n kebutuhan komponen inti masih Tidak diketahui.</numerusform>
        </translation>
    </message>
    <message>
        <source>No risks flagged: every need of the core components is met.</source>
        <translation>Tidak ada risiko yang ditandai: semua kebutuhan komponen inti terpenuhi.</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hipotesis</translation>
    </message>
    <message>
        <source>In this context, this mechanism is expected to produce this outcome.</source>
        <translation>Dalam konteks ini, mekanisme ini diharapkan menghasilkan capaian ini.</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>&amp;Konteks</translation>
    </message>
    <message>
        <source>&amp;Mechanism</source>
        <translation>&amp;Mekanisme</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Ca&amp;paian</translation>
    </message>
    <message>
        <source>Stakeholders and engagement</source>
        <translation>Pemangku kepentingan dan pelibatan</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>Tambah pemangku kepentingan</translation>
    </message>
    <message>
        <source>Citizen &amp;engagement plan</source>
        <translation>Rencana &amp;pelibatan warga</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Anggaran</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Staf</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Technology</source>
        <translation>&amp;Teknologi</translation>
    </message>
    <message>
        <source>Risks the team sees</source>
        <translation>Risiko yang dilihat tim</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>Tambah risiko</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flagged by the fit check&lt;/b&gt; (change them there)</source>
        <translation>&lt;b&gt;Ditandai oleh uji kesesuaian&lt;/b&gt; (ubah di sana)</translation>
    </message>
    <message>
        <source>A small test under routine conditions, with success decided in advance.</source>
        <translation>Uji kecil dalam kondisi rutin, dengan ukuran keberhasilan yang ditetapkan sebelumnya.</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Lingkup</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Tempat</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Durasi</translation>
    </message>
    <message>
        <source>for example: 6 months</source>
        <translation>misalnya: 6 bulan</translation>
    </message>
    <message>
        <source>&amp;Routine conditions</source>
        <translation>Kondisi &amp;rutin</translation>
    </message>
    <message>
        <source>Success &amp;criteria</source>
        <translation>&amp;Kriteria keberhasilan</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Tambah indikator</translation>
    </message>
    <message>
        <source>Scaling path and milestones</source>
        <translation>Jalur perluasan dan tonggak capaian</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Jalur</translation>
    </message>
    <message>
        <source>Date (2026-03-31)</source>
        <translation>Tanggal (2026-03-31)</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Tambah tonggak capaian</translation>
    </message>
    <message>
        <source>Sign-off and state</source>
        <translation>Pengesahan dan status</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>2026-03-31</source>
        <translation>2026-03-31</translation>
    </message>
    <message>
        <source>D&amp;ecision</source>
        <translation>&amp;Keputusan</translation>
    </message>
    <message>
        <source>Plan &amp;state</source>
        <translation>&amp;Status rencana</translation>
    </message>
    <message>
        <source>What of this plan goes into the bundles this device writes</source>
        <translation>Bagian rencana ini yang masuk ke bundel yang ditulis perangkat ini</translation>
    </message>
    <message>
        <source>S&amp;haring</source>
        <translation>&amp;Berbagi</translation>
    </message>
    <message>
        <source>The language the exported document is written in</source>
        <translation>Bahasa yang digunakan dokumen hasil ekspor</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>Bahasa &amp;dokumen</translation>
    </message>
    <message>
        <source>Restored changes not yet saved (kept {time}); they are saved once the marked fields are fixed.</source>
        <translation>Perubahan yang dipulihkan belum disimpan (disimpan sementara {time}); perubahan itu akan disimpan setelah isian yang ditandai diperbaiki.</translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation>Bagian rencana</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Status penyimpanan</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Write the plan as a Word, OpenDocument, PDF, web or Markdown file</source>
        <translation>Tulis rencana sebagai berkas Word, OpenDocument, PDF, web, atau Markdown</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Plan deleted</source>
        <translation>Rencana dihapus</translation>
    </message>
    <message>
        <source>&amp;Keep as a new plan</source>
        <translation>&amp;Simpan sebagai rencana baru</translation>
    </message>
    <message>
        <source>Save what this window holds as a new plan, with a new id</source>
        <translation>Simpan isi jendela ini sebagai rencana baru, dengan id baru</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>The case this plan adapts:</source>
        <translation>Kasus yang diadaptasi rencana ini:</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Rencana tanpa judul</translation>
    </message>
    <message>
        <source>{title} - Adaptation plan</source>
        <translation>{title} - Rencana adaptasi</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Menyunting…</translation>
    </message>
    <message>
        <source>Not saved: {field}: {message} Your changes are kept until this is fixed.</source>
        <translation>Tidak disimpan: {field}: {message} Perubahan Anda tetap tersimpan sampai ini diperbaiki.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Disimpan {time}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Tidak disimpan: {reason}</translation>
    </message>
    <message>
        <source>{section} ({count} to fix)</source>
        <translation>{section} ({count} perlu diperbaiki)</translation>
    </message>
    <message>
        <source>Fit check, component {row}</source>
        <translation>Uji kesesuaian, komponen {row}</translation>
    </message>
    <message>
        <source>{table}, row {row}</source>
        <translation>{table}, baris {row}</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Ekspor rencana</translation>
    </message>
    <message>
        <source>Not exported: fonts missing</source>
        <translation>Tidak diekspor: fon tidak ada</translation>
    </message>
    <message>
        <source>This plan was deleted on another device (it came with a sync) or by a resolved conflict, so nothing here is saved any more.</source>
        <translation>Rencana ini telah dihapus di perangkat lain (datang bersama sinkronisasi) atau oleh konflik yang diselesaikan, jadi isi jendela ini tidak disimpan lagi.</translation>
    </message>
    <message>
        <source>Your changes not yet saved are still here: keep them as a new plan, or they are lost when you close this window.</source>
        <translation>Perubahan Anda yang belum disimpan masih ada di sini: simpan sebagai rencana baru, atau perubahan itu hilang saat jendela ini ditutup.</translation>
    </message>
    <message>
        <source>Keep it as a new plan, or close this window.</source>
        <translation>Simpan sebagai rencana baru, atau tutup jendela ini.</translation>
    </message>
    <message>
        <source>Not saved: this plan was deleted</source>
        <translation>Tidak disimpan: rencana ini telah dihapus</translation>
    </message>
    <message>
        <source>Kept as a new plan, saved {time}</source>
        <translation>Disimpan sebagai rencana baru, {time}</translation>
    </message>
    <message>
        <source>Not kept: {field}: {message} Correct it, then keep the plan again.</source>
        <translation>Tidak disimpan sebagai rencana baru: {field}: {message} Perbaiki, lalu simpan rencana ini lagi.</translation>
    </message>
    <message>
        <source>Not kept: {reason}</source>
        <translation>Tidak disimpan sebagai rencana baru: {reason}</translation>
    </message>
    <message>
        <source>This plan was deleted elsewhere. Close the window and lose the changes it holds?</source>
        <translation>Rencana ini telah dihapus di tempat lain. Tutup jendela dan buang perubahan yang ada di dalamnya?</translation>
    </message>
    <message>
        <source>City or district, e.g. Da Nang</source>
        <translation>Kota atau distrik, mis. Da Nang</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Kode negara</translation>
    </message>
    <message>
        <source>&amp;Country code</source>
        <translation>&amp;Kode negara</translation>
    </message>
    <message>
        <source>ISO code, e.g. VN</source>
        <translation>Kode ISO, mis. VN</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>Jumlah &amp;penduduk</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>&amp;Density (people per km²)</source>
        <translation>Kepadatan (&amp;jiwa per km²)</translation>
    </message>
    <message>
        <source>&amp;Level of government</source>
        <translation>&amp;Tingkat pemerintahan</translation>
    </message>
    <message>
        <source>e.g. municipal, provincial</source>
        <translation>mis. kota, provinsi</translation>
    </message>
    <message>
        <source>Po&amp;wers</source>
        <translation>&amp;Wewenang</translation>
    </message>
    <message>
        <source>What the city may decide, fund and regulate</source>
        <translation>Apa yang boleh diputuskan, didanai, dan diatur kota</translation>
    </message>
    <message>
        <source>&amp;Budget band</source>
        <translation>Kisaran &amp;anggaran</translation>
    </message>
    <message>
        <source>Di&amp;gital readiness</source>
        <translation>Kesiapan &amp;digital</translation>
    </message>
    <message>
        <source>Data &amp;readiness</source>
        <translation>Kes&amp;iapan data</translation>
    </message>
    <message>
        <source>Conn&amp;ectivity</source>
        <translation>Kon&amp;ektivitas</translation>
    </message>
    <message>
        <source>Cli&amp;mate</source>
        <translation>Ikli&amp;m</translation>
    </message>
    <message>
        <source>separated by commas, e.g. vi, en</source>
        <translation>dipisahkan koma, mis. vi, en</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Lang&amp;uages</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Legal cons&amp;traints</source>
        <translation>Batasan &amp;hukum</translation>
    </message>
    <message>
        <source>Partners a&amp;vailable</source>
        <translation>Mit&amp;ra yang tersedia</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>dipisahkan koma</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Choose the city to adapt to</source>
        <translation>Pilih kota tujuan adaptasi</translation>
    </message>
    <message>
        <source>City profiles</source>
        <translation>Profil kota</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>Pro&amp;fil baru</translation>
    </message>
    <message>
        <source>Delete prof&amp;ile…</source>
        <translation>Hap&amp;us profil…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>Profil kota</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Simpan profil</translation>
    </message>
    <message>
        <source>&amp;Use this city</source>
        <translation>&amp;Gunakan kota ini</translation>
    </message>
    <message>
        <source>Delete city profile</source>
        <translation>Hapus profil kota</translation>
    </message>
    <message>
        <source>Delete the city profile “{name}”? This cannot be undone.</source>
        <translation>Hapus profil kota “{name}”? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message numerus="yes">
        <source>Not deleted: {city} is the target city of %n plan(s): {titles}. Delete the plan(s) first, then this profile.</source>
        <translation>
            <numerusform>Tidak dihapus: {city} adalah kota tujuan adaptasi bagi %n rencana: {titles}. Hapus rencana tersebut terlebih dahulu, lalu profil ini.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added to the shortlist “{name}”.</source>
        <translation>
            <numerusform>%n kasus ditambahkan ke daftar pendek “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) already on the shortlist “{name}”, left as they were.</source>
        <translation>
            <numerusform>%n kasus sudah ada di daftar pendek “{name}”, dibiarkan seperti semula.</numerusform>
        </translation>
    </message>
    <message>
        <source>New shortlist…</source>
        <translation>Daftar pendek baru…</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>Tambahkan ke daftar pendek</translation>
    </message>
    <message>
        <source>Shortlist:</source>
        <translation>Daftar pendek:</translation>
    </message>
    <message>
        <source>New shortlist</source>
        <translation>Daftar pendek baru</translation>
    </message>
    <message>
        <source>Name of the shortlist:</source>
        <translation>Nama daftar pendek:</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>gagasan</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>uji coba</translation>
    </message>
    <message>
        <source>implemented</source>
        <translation>diterapkan</translation>
    </message>
    <message>
        <source>scaled</source>
        <translation>diperluas</translation>
    </message>
    <message>
        <source>discontinued</source>
        <translation>dihentikan</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>ditinjau</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>terverifikasi</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>law</source>
        <translation>hukum</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>anggaran</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>keterampilan</translation>
    </message>
    <message>
        <source>infrastructure</source>
        <translation>infrastruktur</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>mitra</translation>
    </message>
    <message>
        <source>district</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <source>city</source>
        <translation>kota</translation>
    </message>
    <message>
        <source>metropolitan</source>
        <translation>metropolitan</translation>
    </message>
    <message>
        <source>state or province</source>
        <translation>provinsi</translation>
    </message>
    <message>
        <source>national</source>
        <translation>nasional</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} byte</translation>
    </message>
    <message>
        <source>Reliability: {note}</source>
        <translation>Keandalan: {note}</translation>
    </message>
    <message>
        <source>From: {origin}</source>
        <translation>Dari: {origin}</translation>
    </message>
    <message>
        <source>Its id there: {id}</source>
        <translation>ID di sana: {id}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Lisensi: {licence}</translation>
    </message>
    <message>
        <source>Attribution: {credit}</source>
        <translation>Atribusi: {credit}</translation>
    </message>
    <message>
        <source>Where this case comes from</source>
        <translation>Asal kasus ini</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>sejak {year}</translation>
    </message>
    <message>
        <source>same themes: {themes}</source>
        <translation>tema sama: {themes}</translation>
    </message>
    <message>
        <source>a like component: {names}</source>
        <translation>komponen serupa: {names}</translation>
    </message>
    <message>
        <source>same words: {words}</source>
        <translation>kata sama: {words}</translation>
    </message>
    <message>
        <source>Themes: {themes} · SDGs: {sdgs}</source>
        <translation>Tema: {themes} · SDG: {sdgs}</translation>
    </message>
    <message>
        <source>Adapt this practice to your city…</source>
        <translation>Adaptasi praktik ini untuk kota Anda…</translation>
    </message>
    <message>
        <source>Cases like this</source>
        <translation>Kasus serupa</translation>
    </message>
    <message>
        <source>New Case “{title}”</source>
        <translation>Kasus Baru “{title}”</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Sunting “{title}”</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Hapus “{title}”</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>Tambah {what}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>Hapus {what}</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Pindah ke atas</translation>
    </message>
    <message>
        <source>Move {what} up</source>
        <translation>Pindahkan {what} ke atas</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pindah ke bawah</translation>
    </message>
    <message>
        <source>Move {what} down</source>
        <translation>Pindahkan {what} ke bawah</translation>
    </message>
    <message>
        <source>{table}, row {row}, {column}</source>
        <translation>{table}, baris {row}, {column}</translation>
    </message>
    <message>
        <source>{case}: adaptation for {city}</source>
        <translation>{case}: adaptasi untuk {city}</translation>
    </message>
    <message>
        <source>Adapting {case}</source>
        <translation>Mengadaptasi {case}</translation>
    </message>
    <message>
        <source>{component}: {need} ({kind}, not met)</source>
        <translation>{component}: {need} ({kind}, tidak terpenuhi)</translation>
    </message>
    <message>
        <source>{component}: {need} ({kind}, partly met)</source>
        <translation>{component}: {need} ({kind}, terpenuhi sebagian)</translation>
    </message>
    <message>
        <source>{time} · by {author}</source>
        <translation>{time} · oleh {author}</translation>
    </message>
    <message>
        <source>{language} translation: {field}</source>
        <translation>Terjemahan {language}: {field}</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Mutakhir</translation>
    </message>
    <message>
        <source>Not translated</source>
        <translation>Belum diterjemahkan</translation>
    </message>
    <message>
        <source>translated by {name}</source>
        <translation>diterjemahkan oleh {name}</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Ditampilkan</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Versi lain</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the code of the language translated into: ko or id</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Tanggal terbit</translation>
    </message>
    <message>
        <source>Document Issuer</source>
        <translation>Penerbit Dokumen</translation>
    </message>
    <message>
        <source>e.g. City of Makassar</source>
        <translation>mis. Kota Makassar</translation>
    </message>
    <message>
        <source>e.g. Transport Office</source>
        <translation>mis. Dinas Perhubungan</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;Logo…</source>
        <translation>Pilih &amp;Logo…</translation>
    </message>
    <message>
        <source>&amp;Remove Logo</source>
        <translation>&amp;Hapus Logo</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasi:</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>&amp;Kantor:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Named at the top of the title page of every plan, case, shortlist and report.</source>
        <translation>Disebut di bagian atas halaman judul setiap rencana, kasus, daftar pendek, dan laporan.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Pilih Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image of at most 2 MB: choose another.</source>
        <translation>{file} bukan gambar PNG atau JPEG berukuran paling besar 2 MB: pilih yang lain.</translation>
    </message>
    <message>
        <source>The document issuer could not be kept: {reason}</source>
        <translation>Penerbit dokumen tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>Enter opens the case. Shift or Ctrl with the arrows selects more cases, to compare them.</source>
        <translation>Enter membuka kasus. Shift atau Ctrl bersama panah memilih lebih banyak kasus untuk dibandingkan.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Bahasa Sistem</translation>
    </message>
    <message>
        <source>Up and Down move through the list.</source>
        <translation>Panah Atas dan Bawah berpindah di dalam daftar.</translation>
    </message>
    <message>
        <source>Space ticks or unticks the item.</source>
        <translation>Spasi mencentang atau menghapus centang butir.</translation>
    </message>
    <message>
        <source>Arrow keys move between cells.</source>
        <translation>Tombol panah berpindah antarsel.</translation>
    </message>
    <message>
        <source>Typing or F2 edits the cell, Enter keeps the change, Esc drops it.</source>
        <translation>Mengetik atau F2 menyunting sel, Enter menyimpan perubahan, Esc membatalkannya.</translation>
    </message>
    <message>
        <source>Tab leaves the table.</source>
        <translation>Tab keluar dari tabel.</translation>
    </message>
    <message>
        <source>Up and Down move through the items, Right opens a group and Left closes it.</source>
        <translation>Panah Atas dan Bawah berpindah antarbutir, Kanan membuka grup dan Kiri menutupnya.</translation>
    </message>
    <message>
        <source>A page to read: arrow keys and Page Up or Down scroll it, Tab moves between its links, Enter follows one.</source>
        <translation>Halaman untuk dibaca: tombol panah dan Page Up atau Page Down menggulirnya, Tab berpindah antartautan, Enter membuka tautan.</translation>
    </message>
    <message>
        <source>Read it in {language}</source>
        <translation>Baca dalam {language}</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>Tampilkan aslinya</translation>
    </message>
    <message>
        <source>Translated from {language} on {date} by {author}</source>
        <translation>Diterjemahkan dari {language} pada {date} oleh {author}</translation>
    </message>
    <message>
        <source>Translated from {language} on {date}</source>
        <translation>Diterjemahkan dari {language} pada {date}</translation>
    </message>
    <message>
        <source>1 field out of date</source>
        <translation>1 isian usang</translation>
    </message>
    <message>
        <source>{n} fields out of date</source>
        <translation>{n} isian usang</translation>
    </message>
    <message>
        <source>1 machine draft not yet confirmed</source>
        <translation>1 draf mesin belum dikonfirmasi</translation>
    </message>
    <message>
        <source>{n} machine drafts not yet confirmed</source>
        <translation>{n} draf mesin belum dikonfirmasi</translation>
    </message>
    <message>
        <source>1 field not translated</source>
        <translation>1 isian belum diterjemahkan</translation>
    </message>
    <message>
        <source>{n} fields not translated</source>
        <translation>{n} isian belum diterjemahkan</translation>
    </message>
    <message>
        <source>Machine draft ({engine}), not yet confirmed by a person</source>
        <translation>Draf mesin ({engine}), belum dikonfirmasi oleh manusia</translation>
    </message>
    <message>
        <source>Not translated yet: shown in {language}</source>
        <translation>Belum diterjemahkan: ditampilkan dalam {language}</translation>
    </message>
    <message>
        <source>Out of date: the original changed after this was translated</source>
        <translation>Usang: teks aslinya berubah setelah ini diterjemahkan</translation>
    </message>
    <message>
        <source>in draft</source>
        <translation>masih draf</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>sedang ditinjau</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <source>prototyping</source>
        <translation>dalam uji coba</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>Not adapted anywhere yet.</source>
        <translation>Belum diadaptasi di mana pun.</translation>
    </message>
    <message>
        <source>Adapted in 1 city: {states}</source>
        <translation>Diadaptasi di 1 kota: {states}</translation>
    </message>
    <message>
        <source>Adapted in {count} cities: {states}</source>
        <translation>Diadaptasi di {count} kota: {states}</translation>
    </message>
    <message>
        <source>{count} earlier adaptation(s): {decisions}</source>
        <translation>{count} adaptasi sebelumnya: {decisions}</translation>
    </message>
    <message>
        <source>{status} in {count} of {total}</source>
        <translation>{status} pada {count} dari {total}</translation>
    </message>
    <message>
        <source>earlier adaptation(s)</source>
        <translation>adaptasi sebelumnya</translation>
    </message>
    <message>
        <source>instead: {what}</source>
        <translation>sebagai gantinya: {what}</translation>
    </message>
    <message>
        <source>no reading yet</source>
        <translation>belum ada pembacaan</translation>
    </message>
    <message>
        <source>{city}&apos;s adaptation of {title}, from {origin}.</source>
        <translation>Adaptasi {title} dari {origin} oleh {city}.</translation>
    </message>
    <message>
        <source>Adapted from {title} ({origin})</source>
        <translation>Diadaptasi dari {title} ({origin})</translation>
    </message>
    <message>
        <source>P&amp;ublish as Case…</source>
        <translation>Terbitkan sebagai Kas&amp;us…</translation>
    </message>
    <message>
        <source>Once the plan has reached scaling: make its adapted practice a case, linked to the one it adapts</source>
        <translation>Setelah rencana mencapai tahap perluasan: jadikan praktik adaptasinya sebuah kasus, yang tertaut ke kasus yang diadaptasinya</translation>
    </message>
    <message>
        <source>Published as the case “{title}”, adapted from the case this plan adapts.</source>
        <translation>Diterbitkan sebagai kasus “{title}”, diadaptasi dari kasus yang diadaptasi rencana ini.</translation>
    </message>
    <message>
        <source>Chart of the cities adapting each practice</source>
        <translation>Bagan kota yang mengadaptasi tiap praktik</translation>
    </message>
    <message>
        <source>No practice adapted yet</source>
        <translation>Belum ada praktik yang diadaptasi</translation>
    </message>
    <message>
        <source>Choose a case to see where it was adapted.</source>
        <translation>Pilih kasus untuk melihat di mana kasus itu diadaptasi.</translation>
    </message>
    <message>
        <source>Reading the lineage…</source>
        <translation>Membaca silsilah…</translation>
    </message>
    <message>
        <source>No plan adapts this case yet, and no case was adapted from it.</source>
        <translation>Belum ada rencana yang mengadaptasi kasus ini, dan belum ada kasus yang diadaptasi darinya.</translation>
    </message>
    <message>
        <source>From the original on the left: {cases} case(s) and {plans} plan(s) adapting them. A dashed arrow leads from a plan to the case it published. Click a case or plan, or choose one with the arrow keys and press Enter, to open it.</source>
        <translation>Dari kasus asli di sebelah kiri: {cases} kasus dan {plans} rencana yang mengadaptasinya. Panah putus-putus mengarah dari sebuah rencana ke kasus yang diterbitkannya. Klik kasus atau rencana, atau pilih dengan tombol panah lalu tekan Enter, untuk membukanya.</translation>
    </message>
    <message>
        <source>Case page</source>
        <translation>Halaman kasus</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Silsilah</translation>
    </message>
    <message>
        <source> (this case)</source>
        <translation> (kasus ini)</translation>
    </message>
    <message>
        <source>Case {title}{place}{shown}</source>
        <translation>Kasus {title}{place}{shown}</translation>
    </message>
    <message>
        <source>Plan adapting it in {city}: {detail}</source>
        <translation>Rencana yang mengadaptasinya di {city}: {detail}</translation>
    </message>
    <message>
        <source>Lineage graph</source>
        <translation>Grafik silsilah</translation>
    </message>
    <message>
        <source>Up and Down go through the cases and plans, Right to what came of one, Left back to where it came from; Enter opens the case or plan.</source>
        <translation>Atas dan Bawah berpindah di antara kasus dan rencana, Kanan ke yang lahir darinya, Kiri kembali ke asalnya; Enter membuka kasus atau rencana.</translation>
    </message>
    <message>
        <source>catalogue seed</source>
        <translation>katalog awal</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>Qt {qt} and PySide6 {pyside} are used under the GNU Lesser General Public License version 3 (LGPL-3.0). They are shipped unmodified as separate libraries, which you may replace with your own builds of the same versions. Their source code is at https://download.qt.io/official_releases/qt/ and https://code.qt.io/cgit/pyside/pyside-setup.git/. The licence texts are under Licences.</source>
        <translation>Qt {qt} dan PySide6 {pyside} digunakan berdasarkan GNU Lesser General Public License versi 3 (LGPL-3.0). Keduanya disertakan tanpa diubah sebagai pustaka terpisah, yang dapat Anda ganti dengan hasil build Anda sendiri dari versi yang sama. Kode sumbernya ada di https://download.qt.io/official_releases/qt/ dan https://code.qt.io/cgit/pyside/pyside-setup.git/. Teks lisensinya ada di bawah Lisensi.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Tentang {app}</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Tentang</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Versions in use</source>
        <translation>Versi yang digunakan</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versi</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Lisensi</translation>
    </message>
    <message>
        <source>An offline catalogue of city innovation cases: learn, exchange, adapt, prototype, scale.</source>
        <translation>Katalog luring kasus inovasi kota: belajar, bertukar, mengadaptasi, membuat purwarupa, memperluas skala.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Folder data: {folder}</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Tentang aplikasi ini</translation>
    </message>
    <message>
        <source>Licence document</source>
        <translation>Dokumen lisensi</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Perangkat lunak pihak ketiga</translation>
    </message>
    <message>
        <source>GNU LGPL 3.0</source>
        <translation>GNU LGPL 3.0</translation>
    </message>
    <message>
        <source>GNU GPL 3.0</source>
        <translation>GNU GPL 3.0</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Teks lisensi</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is {size:.1f} MB; attachments may be at most {limit} MB. Make the file smaller (a lower resolution or a compressed PDF) and add it again.</source>
        <translation>{name} berukuran {size:.1f} MB; lampiran paling besar {limit} MB. Perkecil berkasnya (resolusi lebih rendah atau PDF yang dikompresi) lalu tambahkan lagi.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} tidak dapat dibaca ({reason}).</translation>
    </message>
</context>
<context>
    <name>AttachmentsList</name>
    <message>
        <source>Attached files</source>
        <translation>Berkas terlampir</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Caption shown under the file</source>
        <translation>Keterangan yang ditampilkan di bawah berkas</translation>
    </message>
    <message>
        <source>Attachment message</source>
        <translation>Pesan lampiran</translation>
    </message>
    <message>
        <source>Add files with the button or drop them on this window.</source>
        <translation>Tambahkan berkas dengan tombol atau seret lalu lepaskan ke jendela ini.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Tambah lampiran</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Hapus lampiran</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Choose a case to print it.</source>
        <translation>Pilih kasus untuk mencetaknya.</translation>
    </message>
    <message>
        <source>Choose a case to export it.</source>
        <translation>Pilih kasus untuk mengekspornya.</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>Ekspor kasus</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Diekspor ke {file}</translation>
    </message>
</context>
<context>
    <name>CaseEditing</name>
    <message>
        <source>Delete case</source>
        <translation>Hapus kasus</translation>
    </message>
    <message>
        <source>Delete “{title}”? You can undo this with Edit &gt; Undo until you quit.</source>
        <translation>Hapus “{title}”? Anda dapat membatalkannya dengan Sunting &gt; Urungkan sampai Anda keluar.</translation>
    </message>
    <message>
        <source>“{title}” has changed since, here or in a sync.</source>
        <translation>“{title}” telah berubah sejak itu, di sini atau lewat sinkronisasi.</translation>
    </message>
    <message>
        <source>Undoing now would overwrite that, so nothing was undone.</source>
        <translation>Mengurungkan sekarang akan menimpa perubahan itu, jadi tidak ada yang diurungkan.</translation>
    </message>
    <message>
        <source>Redoing now would overwrite that, so nothing was redone.</source>
        <translation>Mengulangi sekarang akan menimpa perubahan itu, jadi tidak ada yang diulangi.</translation>
    </message>
    <message>
        <source>Case changed since</source>
        <translation>Kasus telah berubah</translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation>Kasus belum disimpan</translation>
    </message>
    <message>
        <source>an untitled case</source>
        <translation>kasus tanpa judul</translation>
    </message>
    <message>
        <source>Edits to {title} were not saved (last kept {when}). Restore them?</source>
        <translation>Suntingan pada {title} belum disimpan (terakhir disimpan sementara {when}). Pulihkan?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case editor</source>
        <translation>Penyunting kasus</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>Status penyunting</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>&amp;Local title</source>
        <translation>Judul &amp;lokal</translation>
    </message>
    <message>
        <source>The title in the city&apos;s own language</source>
        <translation>Judul dalam bahasa kota itu sendiri</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Rin&amp;gkasan</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>Ta&amp;hap</translation>
    </message>
    <message>
        <source>&amp;Year started</source>
        <translation>T&amp;ahun mulai</translation>
    </message>
    <message>
        <source>Level of &amp;government</source>
        <translation>Tingkat &amp;pemerintahan</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Baha&amp;sa</translation>
    </message>
    <message>
        <source>&amp;Curation</source>
        <translation>Ku&amp;rasi</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>Ma&amp;salah</translation>
    </message>
    <message>
        <source>&amp;Approach</source>
        <translation>&amp;Pendekatan</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <source>C&amp;osts</source>
        <translation>Bi&amp;aya</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>Pe&amp;lajaran</translation>
    </message>
    <message>
        <source>P&amp;artners</source>
        <translation>Mit&amp;ra</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>K&amp;ota</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Ne&amp;gara</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Wilayah</translation>
    </message>
    <message>
        <source>La&amp;titude</source>
        <translation>&amp;Lintang</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>Bu&amp;jur</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>S&amp;DGs</source>
        <translation>&amp;SDG</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Kasus tanpa judul</translation>
    </message>
    <message>
        <source>New case: {title}</source>
        <translation>Kasus baru: {title}</translation>
    </message>
    <message>
        <source>Edit case: {title}</source>
        <translation>Sunting kasus: {title}</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>To save, fix:
{problems}</source>
        <translation>Untuk menyimpan, perbaiki:
{problems}</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: a case marked {state} needs every field; %n still missing: {fields}. Set Curation to draft to save it as it is.</source>
        <translation>
            <numerusform>Belum disimpan: kasus berstatus {state} memerlukan semua isian; %n masih kosong: {fields}. Ubah Kurasi menjadi draf untuk menyimpannya apa adanya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n thing(s) to fix, shown beside each field. First: {problem}</source>
        <translation>
            <numerusform>Tidak disimpan: %n hal perlu diperbaiki, ditunjukkan di samping setiap isian. Yang pertama: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your edits are kept in a draft; try again.</source>
        <translation>Tidak disimpan: {reason}. Suntingan Anda disimpan sebagai draf; coba lagi.</translation>
    </message>
    <message>
        <source>Your draft could not be kept ({reason}). Save the case soon.</source>
        <translation>Draf Anda tidak dapat disimpan ({reason}). Segera simpan kasus ini.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>Save the changes to this case before closing?</source>
        <translation>Simpan perubahan pada kasus ini sebelum menutup?</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <source>The file could not be stored in the catalogue ({reason}).</source>
        <translation>Berkas tidak dapat disimpan di katalog ({reason}).</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>One per line</source>
        <translation>Satu per baris</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Ikhtisar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;Kisah</translation>
    </message>
    <message>
        <source>&amp;Place and tags</source>
        <translation>&amp;Tempat dan tag</translation>
    </message>
    <message>
        <source>(choose a country)</source>
        <translation>(pilih negara)</translation>
    </message>
    <message>
        <source>(choose a region)</source>
        <translation>(pilih wilayah)</translation>
    </message>
    <message>
        <source>SDG {number}</source>
        <translation>SDG {number}</translation>
    </message>
    <message>
        <source>Co&amp;mponents</source>
        <translation>Ko&amp;mponen</translation>
    </message>
    <message>
        <source>So&amp;urces and contacts</source>
        <translation>S&amp;umber dan kontak</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Alamat web</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Reliability note</source>
        <translation>Catatan keandalan</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Facts the sources &amp;disagree on</source>
        <translation>Fakta yang berbeda &amp;antarsumber</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontak</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Naskah</translation>
    </message>
    <message>
        <source>The full write-up, in Markdown</source>
        <translation>Uraian lengkap, dalam Markdown</translation>
    </message>
    <message>
        <source>Body preview</source>
        <translation>Pratinjau naskah</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Naskah</translation>
    </message>
</context>
<context>
    <name>CaseHistoryPane</name>
    <message>
        <source>Edits of this case</source>
        <translation>Suntingan kasus ini</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Yang berubah</translation>
    </message>
    <message>
        <source>What the chosen change did</source>
        <translation>Apa yang dilakukan perubahan terpilih</translation>
    </message>
    <message>
        <source>Give this field the value it had just after the chosen edit</source>
        <translation>Beri bidang ini nilai yang dimilikinya tepat setelah suntingan terpilih</translation>
    </message>
    <message>
        <source>Make the whole case, parts included, as it was just after the chosen edit</source>
        <translation>Jadikan seluruh kasus, termasuk bagiannya, seperti tepat setelah suntingan terpilih</translation>
    </message>
    <message>
        <source>Set Field Back</source>
        <translation>Kembalikan Bidang</translation>
    </message>
    <message>
        <source>Set Case Back</source>
        <translation>Kembalikan Kasus</translation>
    </message>
    <message>
        <source>Deleted Cases…</source>
        <translation>Kasus Terhapus…</translation>
    </message>
    <message>
        <source>Find a deleted case and bring it back</source>
        <translation>Temukan kasus yang terhapus dan kembalikan</translation>
    </message>
    <message>
        <source>History of {title}</source>
        <translation>Riwayat {title}</translation>
    </message>
    <message>
        <source>Choose a case to see its history.</source>
        <translation>Pilih kasus untuk melihat riwayatnya.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Membaca riwayat…</translation>
    </message>
    <message>
        <source>deleted the case</source>
        <translation>menghapus kasus</translation>
    </message>
    <message>
        <source>brought the case back</source>
        <translation>memulihkan kasus</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n bidang</numerusform>
        </translation>
    </message>
    <message>
        <source>checked</source>
        <translation>terperiksa</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>tidak ditandatangani</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s), newest first. Choose one to see what it changed; setting something back is a new edit, which travels to other devices like any other.</source>
        <translation>
            <numerusform>%n suntingan, terbaru dahulu. Pilih satu untuk melihat apa yang diubahnya; mengembalikan sesuatu adalah suntingan baru, yang berpindah ke perangkat lain seperti suntingan lainnya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseMenu</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>Kasus Ba&amp;ru…</translation>
    </message>
    <message>
        <source>&amp;Edit Case…</source>
        <translation>&amp;Sunting Kasus…</translation>
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation>&amp;Hapus Kasus…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ri&amp;wayat</translation>
    </message>
    <message>
        <source>Show the History tab of the case page</source>
        <translation>Tampilkan tab Riwayat pada halaman kasus</translation>
    </message>
    <message>
        <source>L&amp;ineage</source>
        <translation>S&amp;ilsilah</translation>
    </message>
    <message>
        <source>Show the Lineage tab of the case page</source>
        <translation>Tampilkan tab Silsilah pada halaman kasus</translation>
    </message>
    <message>
        <source>De&amp;leted Cases…</source>
        <translation>Kasus Terha&amp;pus…</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Some text on this page is in {scripts}, which no font on this computer shows: it reads as empty boxes. Install a font for it (Noto fonts cover every script; on Debian or Ubuntu: {packages}).</source>
        <translation>Sebagian teks di halaman ini ditulis dalam {scripts}, yang tidak dapat ditampilkan oleh fon mana pun di komputer ini: teks itu tampak sebagai kotak kosong. Pasang fon untuknya (fon Noto mencakup semua aksara; di Debian atau Ubuntu: {packages}).</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Case details</source>
        <translation>Rincian kasus</translation>
    </message>
    <message>
        <source>Attachment missing</source>
        <translation>Lampiran tidak ada</translation>
    </message>
    <message>
        <source>The catalogue does not hold the file {name}. Import a bundle that carries it.</source>
        <translation>Katalog tidak memuat berkas {name}. Impor bundel yang membawanya.</translation>
    </message>
    <message>
        <source>Cannot open attachment</source>
        <translation>Lampiran tidak dapat dibuka</translation>
    </message>
    <message>
        <source>{name} could not be copied to a temporary folder ({reason}).</source>
        <translation>{name} tidak dapat disalin ke folder sementara ({reason}).</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Buka lampiran</translation>
    </message>
    <message>
        <source>Open {name} with the program this computer uses for it? Files from other people can contain harmful content.</source>
        <translation>Buka {name} dengan program yang digunakan komputer ini untuk berkas tersebut? Berkas dari orang lain dapat berisi konten berbahaya.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>City, country</source>
        <translation>Kota, negara</translation>
    </message>
    <message>
        <source>Choose two or three cases to compare ({count} chosen): select them in the results with Ctrl or Shift held down.</source>
        <translation>Pilih dua atau tiga kasus untuk dibandingkan ({count} dipilih): pilih di daftar hasil sambil menahan Ctrl atau Shift.</translation>
    </message>
    <message>
        <source>How it works:</source>
        <translation>Cara kerja:</translation>
    </message>
    <message>
        <source>Reliability:</source>
        <translation>Keandalan:</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>berbeda</translation>
    </message>
    <message>
        <source>Facts where the cases differ (place, year, stage, themes, SDGs) are tinted and marked ≠. Themes and SDGs every case shares are in bold.</source>
        <translation>Fakta yang berbeda antarkasus (tempat, tahun, tahap, tema, SDG) diberi warna dan tanda ≠. Tema dan SDG yang dimiliki semua kasus dicetak tebal.</translation>
    </message>
    <message>
        <source>Compare cases</source>
        <translation>Bandingkan kasus</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare cases</source>
        <translation>Bandingkan kasus</translation>
    </message>
    <message>
        <source>Loading the cases…</source>
        <translation>Memuat kasus…</translation>
    </message>
    <message>
        <source>Comparison status</source>
        <translation>Status perbandingan</translation>
    </message>
    <message>
        <source>Cases side by side</source>
        <translation>Kasus berdampingan</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) side by side. Click a title to show that case in the main window.</source>
        <translation>
            <numerusform>%n kasus berdampingan. Klik judul untuk menampilkan kasus itu di jendela utama.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Ekspor perbandingan</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Perbandingan kasus</translation>
    </message>
    <message>
        <source>Case compared: {title}</source>
        <translation>Kasus yang dibandingkan: {title}</translation>
    </message>
    <message>
        <source>The cases could not be compared: {reason}</source>
        <translation>Kasus tidak dapat dibandingkan: {reason}</translation>
    </message>
</context>
<context>
    <name>ComponentsEditor</name>
    <message>
        <source>Components</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Component name</source>
        <translation>Nama komponen</translation>
    </message>
    <message>
        <source>What the component is</source>
        <translation>Apa komponen itu</translation>
    </message>
    <message>
        <source>How the component works</source>
        <translation>Cara kerja komponen</translation>
    </message>
    <message>
        <source>Core or adaptable</source>
        <translation>Inti atau dapat diadaptasi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What it needs</source>
        <translation>Yang dibutuhkan</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>Prasyarat</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;ama</translation>
    </message>
    <message>
        <source>&amp;What it is</source>
        <translation>A&amp;pa itu</translation>
    </message>
    <message>
        <source>&amp;How it works</source>
        <translation>&amp;Cara kerja</translation>
    </message>
    <message>
        <source>&amp;Core or adaptable</source>
        <translation>Inti atau dapat &amp;diadaptasi</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Tambah kebutuhan</translation>
    </message>
    <message>
        <source>Add precondition</source>
        <translation>Tambah prasyarat</translation>
    </message>
    <message>
        <source>Remove need</source>
        <translation>Hapus kebutuhan</translation>
    </message>
    <message>
        <source>Remove precondition</source>
        <translation>Hapus prasyarat</translation>
    </message>
    <message>
        <source>component</source>
        <translation>komponen</translation>
    </message>
    <message>
        <source>Component {number}, precondition {need}</source>
        <translation>Komponen {number}, prasyarat {need}</translation>
    </message>
    <message>
        <source>Component {number}, {part}</source>
        <translation>Komponen {number}, {part}</translation>
    </message>
    <message>
        <source>Component {number}</source>
        <translation>Komponen {number}</translation>
    </message>
    <message>
        <source>(component {number})</source>
        <translation>(komponen {number})</translation>
    </message>
    <message>
        <source>Kind of precondition</source>
        <translation>Jenis prasyarat</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Konflik terbuka</translation>
    </message>
    <message>
        <source>Versions side by side</source>
        <translation>Versi berdampingan</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Teks gabungan</translation>
    </message>
    <message>
        <source>Write a merge of both versions here, then Save merge</source>
        <translation>Tulis gabungan kedua versi di sini, lalu pilih Simpan gabungan</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Pertahankan versi &amp;saya</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Pertahankan versi &amp;mereka</translation>
    </message>
    <message>
        <source>Save me&amp;rge</source>
        <translation>Simpan &amp;gabungan</translation>
    </message>
    <message>
        <source>No conflicts to settle. When a bundle or the sync folder brings edits made to the same field on two devices, or a deletion on one and an edit on another, they wait here for you to choose.</source>
        <translation>Tidak ada konflik yang perlu diselesaikan. Bila bundel atau folder sinkronisasi membawa suntingan pada isian yang sama dari dua perangkat, atau penghapusan di satu perangkat dan suntingan di perangkat lain, semuanya menunggu pilihan Anda di sini.</translation>
    </message>
    <message>
        <source>No open conflicts</source>
        <translation>Tidak ada konflik terbuka</translation>
    </message>
    <message>
        <source>deleted on one device, edited on another</source>
        <translation>dihapus di satu perangkat, disunting di perangkat lain</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n konflik terbuka</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Tidak ada konflik terbuka.</translation>
    </message>
    <message>
        <source>shown: {shown} · other: {other}</source>
        <translation>ditampilkan: {shown} · versi lain: {other}</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Ditampilkan</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Versi lain</translation>
    </message>
    <message>
        <source>This plan was deleted on one device while it was edited on another. Keep the deletion, or keep the plan with its edits.</source>
        <translation>Rencana ini dihapus di satu perangkat saat sedang disunting di perangkat lain. Pertahankan penghapusan, atau pertahankan rencana beserta suntingannya.</translation>
    </message>
    <message>
        <source>This city profile was deleted on one device while it was edited on another. Keep the deletion, or keep the profile with its edits.</source>
        <translation>Profil kota ini dihapus di satu perangkat saat sedang disunting di perangkat lain. Pertahankan penghapusan, atau pertahankan profil beserta suntingannya.</translation>
    </message>
    <message>
        <source>This progress entry was deleted on one device while it was edited on another. Keep the deletion, or keep the entry with its edits.</source>
        <translation>Catatan kemajuan ini dihapus di satu perangkat saat sedang disunting di perangkat lain. Pertahankan penghapusan, atau pertahankan catatan beserta suntingannya.</translation>
    </message>
    <message>
        <source>This shortlist was deleted on one device while it was edited on another. Keep the deletion, or keep the shortlist with its edits.</source>
        <translation>Daftar pendek ini dihapus di satu perangkat saat sedang disunting di perangkat lain. Pertahankan penghapusan, atau pertahankan daftar pendek beserta suntingannya.</translation>
    </message>
    <message>
        <source>This case was deleted on one device while it was edited on another. Keep the deletion, or keep the case with its edits.</source>
        <translation>Kasus ini dihapus di satu perangkat sementara disunting di perangkat lain. Pertahankan penghapusan, atau pertahankan kasus beserta suntingannya.</translation>
    </message>
</context>
<context>
    <name>DeletedCasesDialog</name>
    <message>
        <source>Deleted cases</source>
        <translation>Kasus yang dihapus</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted case(s). Restore brings one back as it was before it was deleted.</source>
        <translation>
            <numerusform>%n kasus terhapus. Pulihkan mengembalikan kasus seperti sebelum dihapus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>This device: %s · fingerprint %s</source>
        <translation>Perangkat ini: %s · sidik jari %s</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Kepercayaan</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Terakhir diterima</translation>
    </message>
    <message>
        <source>Last sent to</source>
        <translation>Terakhir dikirim</translation>
    </message>
    <message>
        <source>Not yet received</source>
        <translation>Belum diterima</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Records this catalogue holds that the device&apos;s last bundle did not show it has</source>
        <translation>Rekaman di katalog ini yang belum ada menurut bundel terakhir perangkat itu</translation>
    </message>
    <message>
        <source>Known devices</source>
        <translation>Perangkat yang dikenal</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>tanyakan</translation>
    </message>
    <message>
        <source>&amp;Always trust</source>
        <translation>Selalu &amp;percayai</translation>
    </message>
    <message>
        <source>&amp;Never trust</source>
        <translation>&amp;Jangan pernah percayai</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Lupakan</translation>
    </message>
    <message>
        <source>Forget this key and its device: its next bundle is asked about as new</source>
        <translation>Lupakan kunci ini dan perangkatnya: bundel berikutnya ditanyakan seperti dari perangkat baru</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Bundle history</source>
        <translation>Riwayat bundel</translation>
    </message>
    <message>
        <source>No organisation: each device is trusted one by one.</source>
        <translation>Tanpa organisasi: setiap perangkat dipercayai satu per satu.</translation>
    </message>
    <message>
        <source>this device is a %1 until %2</source>
        <translation>perangkat ini %1 hingga %2</translation>
    </message>
    <message>
        <source>this device has no certificate</source>
        <translation>perangkat ini tidak memiliki sertifikat</translation>
    </message>
    <message>
        <source>Organisation: %1 · %2 · %3 members known, %4 revoked</source>
        <translation>Organisasi: %1 · %2 · %3 anggota dikenal, %4 dicabut</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>kedaluwarsa %1</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 hingga %2</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same id in the same library</source>
        <translation>ID sama di pustaka yang sama</translation>
    </message>
    <message>
        <source>same source address</source>
        <translation>alamat sumber sama</translation>
    </message>
    <message>
        <source>same title and city</source>
        <translation>judul dan kota sama</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Cari duplikat</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <source>Case kept</source>
        <translation>Kasus yang dipertahankan</translation>
    </message>
    <message>
        <source>Case merged into it</source>
        <translation>Kasus yang digabungkan ke dalamnya</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Merge to undo</source>
        <translation>Penggabungan yang akan dibatalkan</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
    <message>
        <source>&amp;Undo Merge</source>
        <translation>&amp;Batalkan penggabungan</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>Mencari kemungkinan duplikat…</translation>
    </message>
    <message>
        <source>“{removed}” merged into “{kept}” on {device}</source>
        <translation>“{removed}” digabungkan ke “{kept}” di {device}</translation>
    </message>
    <message>
        <source>“{removed}” merged into “{kept}”</source>
        <translation>“{removed}” digabungkan ke “{kept}”</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of cases look like the same practice. Merge keeps the first case with every source, component and attachment of both; Undo Merge brings the second back.</source>
        <translation>
            <numerusform>%n pasang kasus tampak sebagai praktik yang sama. Gabungkan mempertahankan kasus pertama dengan semua sumber, komponen, dan lampiran keduanya; Batalkan penggabungan mengembalikan kasus kedua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>Ekspor bundel</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Semua</translation>
    </message>
    <message>
        <source>Only what this &amp;device has not seen:</source>
        <translation>Hanya yang belum dilihat &amp;perangkat ini:</translation>
    </message>
    <message>
        <source>Only the case &amp;shown: %s</source>
        <translation>Hanya &amp;kasus yang ditampilkan: %s</translation>
    </message>
    <message>
        <source>Only the case shown</source>
        <translation>Hanya kasus yang ditampilkan</translation>
    </message>
    <message>
        <source>S&amp;plit into parts of at most</source>
        <translation>Pe&amp;cah menjadi bagian berukuran maksimal</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest part, in megabytes</source>
        <translation>Bagian terbesar, dalam megabita</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Berkas bundel</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Simpan bundel</translation>
    </message>
    <message>
        <source>LEAPS bundles (*.leaps)</source>
        <translation>Bundel LEAPS (*.leaps)</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another with Browse.</source>
        <translation>Folder {folder} tidak ada: pilih folder lain dengan Telusuri.</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>SDG</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>Tingkat pemerintahan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>SDG {number}</source>
        <translation>SDG {number}</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Gagasan</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Uji coba</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <source>Scaled</source>
        <translation>Diperluas</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrik</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Metropolitan</source>
        <translation>Metropolitan</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Negara bagian atau provinsi</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nasional</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>from {first}</source>
        <translation>sejak {first}</translation>
    </message>
    <message>
        <source>until {last}</source>
        <translation>sampai {last}</translation>
    </message>
</context>
<context>
    <name>FacetsPane</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Facet values with the number of matching cases; Space checks or unchecks a value</source>
        <translation>Nilai filter dengan jumlah kasus yang cocok; Spasi mencentang atau menghapus centang nilai</translation>
    </message>
    <message>
        <source>Started from year</source>
        <translation>Dimulai dari tahun</translation>
    </message>
    <message>
        <source>Started until year</source>
        <translation>Dimulai sampai tahun</translation>
    </message>
    <message>
        <source>Years of the matching cases</source>
        <translation>Tahun kasus yang cocok</translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Sa&amp;mpai</translation>
    </message>
    <message>
        <source>Fi&amp;lters</source>
        <translation>Fi&amp;lter</translation>
    </message>
    <message>
        <source>any year</source>
        <translation>tahun berapa pun</translation>
    </message>
    <message>
        <source>Matching cases started in {year}</source>
        <translation>Kasus yang cocok dimulai pada {year}</translation>
    </message>
    <message>
        <source>Matching cases started {first}–{last}</source>
        <translation>Kasus yang cocok dimulai {first}–{last}</translation>
    </message>
    <message>
        <source>{value} ({count})</source>
        <translation>{value} ({count})</translation>
    </message>
    <message>
        <source>{facet} ({chosen} chosen)</source>
        <translation>{facet} ({chosen} dipilih)</translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message>
        <source>{filter} ✕</source>
        <translation>{filter} ✕</translation>
    </message>
    <message>
        <source>Remove filter: {filter}</source>
        <translation>Hapus filter: {filter}</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Hapus filter ini</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Active filters</source>
        <translation>Filter aktif</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Hapus semua filter</translation>
    </message>
</context>
<context>
    <name>FilterControl</name>
    <message>
        <source>&amp;Sort By</source>
        <translation>&amp;Urutkan Menurut</translation>
    </message>
    <message>
        <source>{facet}: {value}</source>
        <translation>{facet}: {value}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>{app} user guide</source>
        <translation>Panduan pengguna {app}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Panduan pengguna</translation>
    </message>
    <message>
        <source>Guide contents</source>
        <translation>Daftar isi panduan</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Halaman panduan</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Back to the page you came from (Alt+Left)</source>
        <translation>Kembali ke halaman sebelumnya (Alt+Kiri)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name} (perangkat ini)</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Ditandatangani oleh:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <source>What the bundle holds is read and checked once you trust its signer, and nothing is written before that.</source>
        <translation>Isi bundel baru dibaca dan diperiksa setelah Anda memercayai penandatangannya, dan tidak ada yang ditulis sebelum itu.</translation>
    </message>
    <message>
        <source>Changes by:</source>
        <translation>Perubahan oleh:</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Tidak diimpor:</translation>
    </message>
    <message>
        <source>Cases it adds or changes:</source>
        <translation>Kasus yang ditambah atau diubah:</translation>
    </message>
    <message>
        <source>New records:</source>
        <translation>Rekaman baru:</translation>
    </message>
    <message>
        <source>Updated records:</source>
        <translation>Rekaman yang diperbarui:</translation>
    </message>
    <message>
        <source>Unchanged records:</source>
        <translation>Rekaman yang tidak berubah:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflik:</translation>
    </message>
    <message>
        <source>Deletions:</source>
        <translation>Penghapusan:</translation>
    </message>
    <message>
        <source>Waiting for their case:</source>
        <translation>Menunggu kasusnya:</translation>
    </message>
    <message>
        <source>A record is a case, one of its components or sources, a plan, a city profile or a shortlist.</source>
        <translation>Satu rekaman adalah satu kasus, satu komponen atau sumbernya, satu rencana, satu profil kota, atau satu daftar pendek.</translation>
    </message>
    <message>
        <source>“{new}” looks like “{here}”</source>
        <translation>“{new}” mirip “{here}”</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) look like cases already here: {cases}. Edit &gt; Find Duplicates merges them after the import.</source>
        <translation>
            <numerusform>%n kasus baru mirip kasus yang sudah ada: {cases}. Sunting &gt; Cari Duplikat menggabungkannya setelah impor.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>This device has not sent you a bundle before. Check the fingerprint with its owner (by phone or in person) before trusting it.</source>
        <translation>Perangkat ini belum pernah mengirimi Anda bundel. Periksa sidik jarinya dengan pemiliknya (lewat telepon atau secara langsung) sebelum memercayainya.</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>Percayai &amp;sekali ini</translation>
    </message>
    <message>
        <source>&amp;Always trust</source>
        <translation>Selalu &amp;percayai</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Tolak</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Batalkan tugas yang sedang berjalan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search cases: night bus, 서울, 杭州, city:seoul, sdg:11</source>
        <translation>Cari kasus: bus malam, 서울, 杭州, city:seoul, sdg:11</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Also searching</source>
        <translation>Ikut dicari</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>Jumlah hasil</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Tidak ada hasil</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>Tampilan hasil</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Kasus</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>Si&amp;nkronisasi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;Print Case…</source>
        <translation>&amp;Cetak Kasus…</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation>&amp;Impor Lembar Kerja…</translation>
    </message>
    <message>
        <source>E&amp;xport Results…</source>
        <translation>Ekspor &amp;Hasil…</translation>
    </message>
    <message>
        <source>&amp;Rebuild Search Index</source>
        <translation>Bangun &amp;Ulang Indeks Pencarian</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation>&amp;Hapus Semua Filter</translation>
    </message>
    <message>
        <source>&amp;Filters Pane</source>
        <translation>Panel &amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Case Pane</source>
        <translation>Panel &amp;Kasus</translation>
    </message>
    <message>
        <source>&amp;Read Case</source>
        <translation>&amp;Baca Kasus</translation>
    </message>
    <message>
        <source>E&amp;xport Case…</source>
        <translation>&amp;Ekspor Kasus…</translation>
    </message>
    <message>
        <source>Add to &amp;Shortlist…</source>
        <translation>Tambahkan ke &amp;Daftar Pendek…</translation>
    </message>
    <message>
        <source>&amp;Compare Selected…</source>
        <translation>Ba&amp;ndingkan yang Dipilih…</translation>
    </message>
    <message>
        <source>&amp;Translate Case…</source>
        <translation>&amp;Terjemahkan Kasus…</translation>
    </message>
    <message>
        <source>S&amp;hortlists…</source>
        <translation>&amp;Daftar Pendek…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Panduan Pengguna</translation>
    </message>
    <message>
        <source>&amp;About %s</source>
        <translation>&amp;Tentang %s</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>Da&amp;ftar</translation>
    </message>
    <message>
        <source>Results follow as you type. Up and Down move through the results, Enter opens the case, Esc clears the search.</source>
        <translation>Hasil mengikuti saat Anda mengetik. Panah atas dan bawah berpindah di antara hasil, Enter membuka kasus, Esc mengosongkan pencarian.</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>Cari &amp;Duplikat…</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Membuka katalog…</translation>
    </message>
    <message>
        <source>Choose a case to translate it.</source>
        <translation>Pilih kasus untuk menerjemahkannya.</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>Membangun indeks pencarian</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of cases by country</source>
        <translation>Peta kasus menurut negara</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation>Perbesar (+, atau roda tetikus)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Perkecil (−)</translation>
    </message>
    <message>
        <source>Reset the view</source>
        <translation>Atur ulang tampilan</translation>
    </message>
    <message>
        <source>Back to the view the map opened with (0)</source>
        <translation>Kembali ke tampilan saat peta dibuka (0)</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Menggambar peta…</translation>
    </message>
    <message>
        <source>Showing: {filters}</source>
        <translation>Menampilkan: {filters}</translation>
    </message>
    <message>
        <source>a city&apos;s cases (nearby cities grouped)</source>
        <translation>kasus per kota (kota yang berdekatan digabung)</translation>
    </message>
    <message>
        <source>No cases to show on the map</source>
        <translation>Tidak ada kasus untuk ditampilkan di peta</translation>
    </message>
    <message>
        <source>Cases per country:</source>
        <translation>Kasus per negara:</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Too small for the map: {countries}</source>
        <translation>Terlalu kecil untuk peta: {countries}</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Peta</translation>
    </message>
    <message>
        <source>Show &amp;Map</source>
        <translation>Tampilkan &amp;Peta</translation>
    </message>
</context>
<context>
    <name>MapWords</name>
    <message numerus="yes">
        <source>{country}: %n case(s)</source>
        <translation>
            <numerusform>{country}: %n kasus</numerusform>
        </translation>
    </message>
    <message>
        <source>{country}: no cases</source>
        <translation>{country}: tidak ada kasus</translation>
    </message>
    <message>
        <source>Click to show cases from every country</source>
        <translation>Klik untuk menampilkan kasus dari semua negara</translation>
    </message>
    <message>
        <source>Click to show only cases from {country}</source>
        <translation>Klik untuk menampilkan hanya kasus dari {country}</translation>
    </message>
    <message>
        <source>No cases to show on the map.</source>
        <translation>Tidak ada kasus untuk ditampilkan di peta.</translation>
    </message>
    <message>
        <source>Countries with cases: {countries}. Arrow keys move between them, Enter shows only the cases of one, Esc shows every country again.</source>
        <translation>Negara yang memiliki kasus: {countries}. Tombol panah berpindah antarnegara, Enter menampilkan hanya kasus satu negara, Esc menampilkan semua negara lagi.</translation>
    </message>
    <message>
        <source>Showing cases from {country}.</source>
        <translation>Menampilkan kasus dari {country}.</translation>
    </message>
    <message numerus="yes">
        <source>{city}, {country}: %n case(s)</source>
        <translation>
            <numerusform>{city}, {country}: %n kasus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more city(ies)</source>
        <translation>
            <numerusform>dan %n kota lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show only the cases of {city}</source>
        <translation>Klik untuk menampilkan hanya kasus dari {city}</translation>
    </message>
    <message>
        <source>Click to zoom in on these cities</source>
        <translation>Klik untuk memperbesar kota-kota ini</translation>
    </message>
</context>
<context>
    <name>OrganisationActions</name>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisasi…</translation>
    </message>
    <message>
        <source>&amp;Join Organisation…</source>
        <translation>&amp;Gabung Organisasi…</translation>
    </message>
    <message>
        <source>&amp;Waiting Parts…</source>
        <translation>&amp;Bagian yang Menunggu…</translation>
    </message>
    <message>
        <source>Choose this device&apos;s certificate</source>
        <translation>Pilih sertifikat perangkat ini</translation>
    </message>
    <message>
        <source>Certificates (*.cert *.json);;All files (*)</source>
        <translation>Sertifikat (*.cert *.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Tidak bergabung</translation>
    </message>
    <message>
        <source>The certificate was not taken: %1</source>
        <translation>Sertifikat tidak diterima: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Sidik kunci</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Pencabutan</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Dicabut pada</translation>
    </message>
    <message>
        <source>&amp;Join Organisation…</source>
        <translation>&amp;Gabung Organisasi…</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>berlaku</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>kedaluwarsa</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>No organisation: each device is trusted one by one. Join one with the certificate its administrator made for this device.</source>
        <translation>Tanpa organisasi: setiap perangkat dipercaya satu per satu. Bergabunglah dengan sertifikat yang dibuat administrator untuk perangkat ini.</translation>
    </message>
    <message>
        <source>Trusting %1 · this device has no certificate</source>
        <translation>Mempercayai %1 · perangkat ini tidak punya sertifikat</translation>
    </message>
    <message>
        <source>Trusting %1 · this device: %2 until %3</source>
        <translation>Mempercayai %1 · perangkat ini: %2 sampai %3</translation>
    </message>
</context>
<context>
    <name>PendingPartsDialog</name>
    <message>
        <source>Waiting Parts</source>
        <translation>Bagian yang Menunggu</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekaman</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Menunggu sejak</translation>
    </message>
    <message>
        <source>C&amp;lear All…</source>
        <translation>&amp;Hapus Semua…</translation>
    </message>
    <message>
        <source>component</source>
        <translation>komponen</translation>
    </message>
    <message>
        <source>source</source>
        <translation>sumber</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>lampiran</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of cases wait for their case or file to arrive in a later bundle. Each is dropped after 90 days; a bundle that carries it again brings it back.</source>
        <translation>
            <numerusform>%n bagian kasus menunggu kasus atau berkasnya tiba dalam bundel berikutnya. Masing-masing dibuang setelah 90 hari; bundel yang membawanya lagi akan mengembalikannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>berkas %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>kasus %1</translation>
    </message>
    <message>
        <source>Clear Waiting Parts</source>
        <translation>Hapus Bagian yang Menunggu</translation>
    </message>
    <message numerus="yes">
        <source>Drop the %n waiting part(s)? A bundle that carries one again brings it back.</source>
        <translation>
            <numerusform>Buang %n bagian yang menunggu? Bundel yang membawanya lagi akan mengembalikannya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevansi</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Part of this title is in {scripts}, which no font on this computer shows: install {packages}.</source>
        <translation>Sebagian judul ini ditulis dalam {scripts}, yang tidak dapat ditampilkan oleh font mana pun di komputer ini: pasang {packages}.</translation>
    </message>
    <message>
        <source>Translated; the case page shows the original too.</source>
        <translation>Terjemahan; halaman kasus juga menampilkan aslinya.</translation>
    </message>
    <message>
        <source>[machine draft]</source>
        <translation>[draf mesin]</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>ResultsExporter</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ekspor hasil</translation>
    </message>
    <message>
        <source>The catalogue is still opening; try again in a moment.</source>
        <translation>Katalog masih dibuka; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Exporting results to {file}…</source>
        <translation>Mengekspor hasil ke {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to {file}.</source>
        <translation>
            <numerusform>%n kasus diekspor ke {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchControl</name>
    <message>
        <source>The catalogue could not be opened.</source>
        <translation>Katalog tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The search engine is loading: the results follow in a moment…</source>
        <translation>Mesin pencari sedang dimuat: hasilnya menyusul sebentar lagi…</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>Membangun ulang indeks pencarian</translation>
    </message>
    <message>
        <source>Search index rebuilt.</source>
        <translation>Indeks pencarian telah dibangun ulang.</translation>
    </message>
    <message>
        <source>Rebuild cancelled.</source>
        <translation>Pembangunan ulang dibatalkan.</translation>
    </message>
    <message>
        <source>No case to show: no case matches the search and filters.</source>
        <translation>Tidak ada kasus untuk ditampilkan: tidak ada kasus yang cocok dengan pencarian dan filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n kasus</numerusform>
        </translation>
    </message>
    <message>
        <source>query read as plain words</source>
        <translation>kueri dibaca sebagai kata biasa</translation>
    </message>
    <message>
        <source>the index is catching up: the newest cases are found by title and summary</source>
        <translation>indeks sedang menyusul: kasus terbaru dicari menurut judul dan ringkasan</translation>
    </message>
    <message>
        <source>did you mean {suggestion}?</source>
        <translation>maksud Anda {suggestion}?</translation>
    </message>
    <message>
        <source>the search engine is still loading: these are the cases with the words in their title, summary or place</source>
        <translation>mesin pencari masih dimuat: ini kasus yang memuat kata-kata itu di judul, ringkasan, atau tempatnya</translation>
    </message>
    <message>
        <source>search only the words typed</source>
        <translation>cari hanya kata yang diketik</translation>
    </message>
    <message>
        <source>Also searching: {terms}</source>
        <translation>Ikut dicari: {terms}</translation>
    </message>
    <message>
        <source>&lt;p&gt;The catalogue is empty: import a bundle (Sync → Import Bundle…) or add a case.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Katalog kosong: impor bundel (Sinkronisasi → Impor Bundel…) atau tambahkan kasus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No cases match “{text}” — remove a filter or check spelling.</source>
        <translation>Tidak ada kasus yang cocok dengan “{text}” — hapus filter atau periksa ejaan.</translation>
    </message>
    <message>
        <source>No cases match these filters — remove a filter.</source>
        <translation>Tidak ada kasus yang cocok dengan filter ini — hapus filter.</translation>
    </message>
    <message>
        <source>The search engine is still loading: only titles, summaries and places were searched.</source>
        <translation>Mesin pencari masih dimuat: baru judul, ringkasan, dan tempat yang dicari.</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Maksud Anda {suggestion}?</translation>
    </message>
    <message>
        <source>Remove all filters</source>
        <translation>Hapus semua filter</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>Sheet imported: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>Lembar kerja diimpor: {created} dibuat, {updated} diperbarui, {unchanged} tidak berubah.</translation>
    </message>
    <message>
        <source>{error} row(s) with problems set aside in {rejected_file}.</source>
        <translation>{error} baris bermasalah disisihkan di {rejected_file}.</translation>
    </message>
    <message>
        <source>One spreadsheet at a time: importing {file} first.</source>
        <translation>Satu spreadsheet sekali jalan: {file} diimpor lebih dulu.</translation>
    </message>
</context>
<context>
    <name>SheetFields</name>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Local title</source>
        <translation>Judul lokal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Lintang</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>Tingkat pemerintahan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>Kurasi</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>SDG</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Pendekatan</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Naskah</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>ID eksternal</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribusi</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Sumber berbeda pendapat</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Perbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>Impor lembar kerja</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Belum ada berkas yang dipilih.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Pilih Berkas…</translation>
    </message>
    <message>
        <source>None: columns matched by their headers</source>
        <translation>Tidak ada: kolom dicocokkan menurut judulnya</translation>
    </message>
    <message>
        <source>Library &amp;preset:</source>
        <translation>&amp;Preset pustaka:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Pemetaan kolom</translation>
    </message>
    <message>
        <source>Sheet column</source>
        <translation>Kolom lembar kerja</translation>
    </message>
    <message>
        <source>Case field</source>
        <translation>Isian kasus</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel reading or importing</source>
        <translation>Batalkan pembacaan atau impor</translation>
    </message>
    <message>
        <source>Import the good rows and &amp;set the rows with problems aside in a sheet to fix</source>
        <translation>Impor baris yang benar dan &amp;sisihkan baris bermasalah ke lembar untuk diperbaiki</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Lembar kerja (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>The catalogue is still opening; try again in a moment.</source>
        <translation>Katalog masih dibuka; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Membaca {file}…</translation>
    </message>
    <message>
        <source>Create: {create} · Update: {update} · Unchanged: {unchanged} · Errors: {error}</source>
        <translation>Buat: {create} · Perbarui: {update} · Tidak berubah: {unchanged} · Kesalahan: {error}</translation>
    </message>
    <message>
        <source>The {count} row(s) with errors will be written, with what is wrong with each, to {file}; correct them there and import that file. The other rows are imported.</source>
        <translation>{count} baris bermasalah akan ditulis ke {file} beserta masalah masing-masing; perbaiki di sana lalu impor berkas itu. Baris lainnya diimpor.</translation>
    </message>
    <message>
        <source>Rows with errors are listed first. Correct them in the file (or change the column mapping) and read it again: nothing is imported while any row has an error.</source>
        <translation>Baris dengan kesalahan dicantumkan lebih dulu. Perbaiki di berkasnya (atau ubah pemetaan kolom) lalu baca lagi: tidak ada yang diimpor selama masih ada baris dengan kesalahan.</translation>
    </message>
    <message>
        <source>Every row matches the catalogue already: nothing to import.</source>
        <translation>Semua baris sudah sama dengan katalog: tidak ada yang perlu diimpor.</translation>
    </message>
    <message>
        <source>Case field for column {column}</source>
        <translation>Isian kasus untuk kolom {column}</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(abaikan kolom ini)</translation>
    </message>
    <message>
        <source>{field} “{cell}” read as {value}</source>
        <translation>{field} “{cell}” dibaca sebagai {value}</translation>
    </message>
    <message>
        <source>Looks like “{title}”, already in the catalogue</source>
        <translation>Mirip “{title}”, yang sudah ada di katalog</translation>
    </message>
    <message>
        <source>Looks like row {row}, “{title}”</source>
        <translation>Mirip baris {row}, “{title}”</translation>
    </message>
    <message>
        <source>Saved as it is; still to fill in: {fields}</source>
        <translation>Disimpan apa adanya; masih perlu diisi: {fields}</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Mengimpor {file}…</translation>
    </message>
</context>
<context>
    <name>ShortlistsWindow</name>
    <message>
        <source>Shortlists</source>
        <translation>Daftar pendek</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Ganti Nama…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>What this list is for</source>
        <translation>Kegunaan daftar ini</translation>
    </message>
    <message>
        <source>Notes on the shortlist</source>
        <translation>Catatan pada daftar pendek</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Cases on the shortlist</source>
        <translation>Kasus dalam daftar pendek</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Status penyimpanan</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Pindah ke &amp;atas</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Pindah ke ba&amp;wah</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Keluarkan</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>No shortlists yet: choose New…, or use Add to shortlist on a case.</source>
        <translation>Belum ada daftar pendek: pilih Baru…, atau gunakan Tambahkan ke daftar pendek pada sebuah kasus.</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>(case no longer in the catalogue)</source>
        <translation>(kasus tidak lagi ada di katalog)</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Menyunting…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>New shortlist</source>
        <translation>Daftar pendek baru</translation>
    </message>
    <message>
        <source>Name of the shortlist:</source>
        <translation>Nama daftar pendek:</translation>
    </message>
    <message>
        <source>Rename shortlist</source>
        <translation>Ganti nama daftar pendek</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nama baru:</translation>
    </message>
    <message>
        <source>Delete shortlist</source>
        <translation>Hapus daftar pendek</translation>
    </message>
    <message>
        <source>Delete the shortlist “{name}”? The cases on it stay in the catalogue.</source>
        <translation>Hapus daftar pendek “{name}”? Kasus di dalamnya tetap ada di katalog.</translation>
    </message>
    <message>
        <source>Export shortlist</source>
        <translation>Ekspor daftar pendek</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>&amp;Import Bundle…</source>
        <translation>&amp;Impor Bundel…</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>&amp;Ekspor Bundel…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflik…</translation>
    </message>
    <message>
        <source>&amp;Devices and History…</source>
        <translation>&amp;Perangkat dan Riwayat…</translation>
    </message>
    <message>
        <source>Choose Sync &amp;Folder…</source>
        <translation>Pilih &amp;Folder Sinkronisasi…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sinkronkan Sekarang</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <source>LEAPS bundles (*.leaps)</source>
        <translation>Bundel LEAPS (*.leaps)</translation>
    </message>
    <message>
        <source>Checking %s…</source>
        <translation>Memeriksa %s…</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Bundel tidak diimpor</translation>
    </message>
    <message>
        <source>Importing %s</source>
        <translation>Mengimpor %s</translation>
    </message>
    <message>
        <source>Imported: %d new, %d updated, %d conflicts, %d deletions</source>
        <translation>Diimpor: %d baru, %d diperbarui, %d konflik, %d penghapusan</translation>
    </message>
    <message>
        <source>Plans: {private} private (they stay on this device), {outcomes} shared as outcomes only (no notes, stakeholders or budgets), {organisation} shared whole.</source>
        <translation>Rencana: {private} pribadi (tetap di perangkat ini), {outcomes} dibagikan sebagai hasil saja (tanpa catatan, pemangku kepentingan, atau anggaran), {organisation} dibagikan utuh.</translation>
    </message>
    <message>
        <source>Exporting {file}</source>
        <translation>Mengekspor {file}</translation>
    </message>
    <message>
        <source>Wrote %s</source>
        <translation>%s ditulis</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Pilih folder sinkronisasi</translation>
    </message>
    <message>
        <source>Syncing with %s…</source>
        <translation>Menyinkronkan dengan %s…</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>Menulis %s</translation>
    </message>
    <message>
        <source>Sync folder: %d bundle(s) imported</source>
        <translation>Folder sinkronisasi: %d bundel diimpor</translation>
    </message>
    <message>
        <source>%d refused (import them by hand to decide about their signer)</source>
        <translation>%d ditolak (impor secara manual untuk memutuskan tentang penandatangannya)</translation>
    </message>
    <message>
        <source>Clock ahead</source>
        <translation>Jam terlalu maju</translation>
    </message>
    <message>
        <source>This catalogue holds edits stamped up to {time}, more than a day ahead of this computer&apos;s clock. Other devices refuse them, and this device&apos;s bundles, until they are repaired. Check the computer&apos;s date, then repair: the values stay, they are stamped again as this device&apos;s edits now (`leaps repair-clock` does the same).</source>
        <translation>Katalog ini memuat suntingan yang dicap hingga {time}, lebih dari sehari di depan jam komputer ini. Perangkat lain menolaknya, juga bundel dari perangkat ini, sampai diperbaiki. Periksa tanggal komputer, lalu perbaiki: nilainya tetap, hanya dicap ulang sebagai suntingan perangkat ini sekarang (`leaps repair-clock` melakukan hal yang sama).</translation>
    </message>
    <message>
        <source>&amp;Repair now</source>
        <translation>&amp;Perbaiki sekarang</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Nanti</translation>
    </message>
</context>
<context>
    <name>TranslationDesk</name>
    <message>
        <source>Translate Case</source>
        <translation>Terjemahkan Kasus</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>Bahasa terjemahan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Fields, out of date first</source>
        <translation>Isian, yang usang lebih dulu</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Asli</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Terjemahan</translation>
    </message>
    <message>
        <source>C&amp;onfirm Field</source>
        <translation>K&amp;onfirmasi Isian</translation>
    </message>
    <message>
        <source>The translation still says what the original says (Ctrl+Return)</source>
        <translation>Terjemahan masih sesuai dengan aslinya (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Machine Drafts</source>
        <translation>Draf &amp;Mesin</translation>
    </message>
    <message>
        <source>Draft the untranslated fields with this computer&apos;s translation engine</source>
        <translation>Buat draf isian yang belum diterjemahkan dengan mesin penerjemah komputer ini</translation>
    </message>
    <message>
        <source>E&amp;xport for a Translator…</source>
        <translation>E&amp;kspor untuk Penerjemah…</translation>
    </message>
    <message>
        <source>&amp;Import from a Translator…</source>
        <translation>&amp;Impor dari Penerjemah…</translation>
    </message>
    <message>
        <source>Not translated yet</source>
        <translation>Belum diterjemahkan</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>usang</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation>belum diterjemahkan</translation>
    </message>
    <message>
        <source>machine draft</source>
        <translation>draf mesin</translation>
    </message>
    <message>
        <source>Changed in the original since it was translated:</source>
        <translation>Yang berubah pada teks asli sejak diterjemahkan:</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Istilah glosarium</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n field(s)</source>
        <translation>
            <numerusform>%n isian disimpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n field(s)</source>
        <translation>
            <numerusform>%n isian dikonfirmasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drafted %n field(s); confirm each once read</source>
        <translation>
            <numerusform>%n isian dibuatkan draf; konfirmasi masing-masing setelah dibaca</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for a Translator</source>
        <translation>Ekspor untuk Penerjemah</translation>
    </message>
    <message>
        <source>Sheet (*.xlsx);;XLIFF 1.2 (*.xlf);;XLIFF 2.0 (*.xliff)</source>
        <translation>Lembar kerja (*.xlsx);;XLIFF 1.2 (*.xlf);;XLIFF 2.0 (*.xliff)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n field(s)</source>
        <translation>
            <numerusform>%n isian ditulis</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from a Translator</source>
        <translation>Impor dari Penerjemah</translation>
    </message>
    <message>
        <source>Translations (*.xlsx *.csv *.xlf *.xliff)</source>
        <translation>Terjemahan (*.xlsx *.csv *.xlf *.xliff)</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n field(s)</source>
        <translation>
            <numerusform>%n isian diperbarui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslatorFiles</name>
    <message>
        <source>Export &amp;Translations…</source>
        <translation>Ekspor &amp;Terjemahan…</translation>
    </message>
    <message>
        <source>Import Tr&amp;anslations…</source>
        <translation>Impor T&amp;erjemahan…</translation>
    </message>
    <message>
        <source>Export Translations</source>
        <translation>Ekspor Terjemahan</translation>
    </message>
    <message>
        <source>Translate every case into (a code such as ko, id or pt-BR):</source>
        <translation>Terjemahkan setiap kasus ke (kode seperti ko, id, atau pt-BR):</translation>
    </message>
    <message>
        <source>Sheet (*.xlsx)</source>
        <translation>Lembar kerja (*.xlsx)</translation>
    </message>
    <message>
        <source>XLIFF 1.2 (*.xlf)</source>
        <translation>XLIFF 1.2 (*.xlf)</translation>
    </message>
    <message>
        <source>XLIFF 2.0 (*.xliff)</source>
        <translation>XLIFF 2.0 (*.xliff)</translation>
    </message>
    <message>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>The catalogue is still opening; try again in a moment.</source>
        <translation>Katalog masih dibuka; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Exporting translations to {file}…</source>
        <translation>Mengekspor terjemahan ke {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n field(s) to {file}.</source>
        <translation>
            <numerusform>%n isian ditulis ke {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Translations</source>
        <translation>Impor Terjemahan</translation>
    </message>
    <message>
        <source>Translations (*.xlsx *.csv *.xlf *.xliff)</source>
        <translation>Terjemahan (*.xlsx *.csv *.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Importing translations from {file}…</source>
        <translation>Mengimpor terjemahan dari {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n field(s)</source>
        <translation>
            <numerusform>%n isian diperbarui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fields} in %n case(s).</source>
        <translation>
            <numerusform>{fields} dalam %n kasus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Terjemahan</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must be a JSON object</source>
        <translation>harus berupa objek JSON</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>harus berupa teks</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>lebih dari {limit} karakter</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>harus salah satu dari: {choices}</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-31</source>
        <translation>harus berupa tanggal seperti 2026-03-31</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>harus berupa angka</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>harus berupa objek</translation>
    </message>
    <message>
        <source>must be a list of objects</source>
        <translation>harus berupa daftar objek</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>harus berupa UUID</translation>
    </message>
    <message>
        <source>no case has the id {id}</source>
        <translation>tidak ada kasus dengan ID {id}</translation>
    </message>
    <message>
        <source>no city profile has the id {id}</source>
        <translation>tidak ada profil kota dengan ID {id}</translation>
    </message>
    <message>
        <source>must be a language tag such as en, ko or id</source>
        <translation>harus berupa tag bahasa seperti en, ko, atau id</translation>
    </message>
    <message>
        <source>must list some of: {choices}</source>
        <translation>harus berisi beberapa dari: {choices}</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>harus berupa bilangan bulat</translation>
    </message>
    <message>
        <source>no plan has the id {id}</source>
        <translation>tidak ada rencana dengan ID {id}</translation>
    </message>
    <message>
        <source>is not one of the plan&apos;s indicators</source>
        <translation>bukan salah satu indikator rencana ini</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>harus berupa teks, bukan {kind}</translation>
    </message>
    <message>
        <source>must be one of {choices} (got {value!r})</source>
        <translation>harus salah satu dari {choices} (isinya {value!r})</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>harus berupa daftar teks</translation>
    </message>
    <message>
        <source>must be a number between {low} and {high}</source>
        <translation>harus berupa angka antara {low} dan {high}</translation>
    </message>
    <message>
        <source>must be a mapping of field names to values</source>
        <translation>harus berupa pemetaan nama kolom ke nilainya</translation>
    </message>
    <message>
        <source>must be a UUID (got {value!r})</source>
        <translation>harus berupa UUID (isinya {value!r})</translation>
    </message>
    <message>
        <source>must be an upper-case ISO 3166 code such as KR (got {value!r})</source>
        <translation>harus berupa kode ISO 3166 berhuruf kapital seperti KR (isinya {value!r})</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, not {value}</source>
        <translation>harus antara {low} dan {high}, bukan {value}</translation>
    </message>
    <message>
        <source>holds {length} characters; at most {limit} fit, so that every device can take the case in. Shorten it, or attach the full text as a file.</source>
        <translation>berisi {length} karakter; paling banyak {limit} karakter agar setiap perangkat dapat menerima kasus ini. Persingkat, atau lampirkan teks lengkapnya sebagai berkas.</translation>
    </message>
    <message>
        <source>must be a year such as 2013, not “{value}”</source>
        <translation>harus berupa tahun seperti 2013, bukan “{value}”</translation>
    </message>
    <message>
        <source>must be a BCP 47 tag such as en or ko (got {value!r})</source>
        <translation>harus berupa tag BCP 47 seperti en atau ko (isinya {value!r})</translation>
    </message>
    <message>
        <source>needs at least one theme</source>
        <translation>perlu setidaknya satu tema</translation>
    </message>
    <message>
        <source>{value!r} is not one of {choices}</source>
        <translation>{value!r} bukan salah satu dari {choices}</translation>
    </message>
    <message>
        <source>needs at least one SDG</source>
        <translation>perlu setidaknya satu SDG</translation>
    </message>
    <message>
        <source>must be a list of SDG numbers from 1 to 17 (got {value!r})</source>
        <translation>harus berupa daftar nomor SDG dari 1 sampai 17 (isinya {value!r})</translation>
    </message>
    <message>
        <source>must start with https:// or http://, not “{value}”</source>
        <translation>harus diawali https:// atau http://, bukan “{value}”</translation>
    </message>
    <message>
        <source>must be a list of {{name, role, organisation}}</source>
        <translation>harus berupa daftar {{name, role, organisation}}</translation>
    </message>
    <message>
        <source>needs at least {count} components</source>
        <translation>perlu setidaknya {count} komponen</translation>
    </message>
    <message>
        <source>must be a mapping</source>
        <translation>harus berupa pemetaan</translation>
    </message>
    <message>
        <source>needs a kind, one of {choices}</source>
        <translation>perlu jenis, salah satu dari {choices}</translation>
    </message>
    <message>
        <source>needs at least one source</source>
        <translation>perlu setidaknya satu sumber</translation>
    </message>
    <message>
        <source>needs a url or a citation</source>
        <translation>perlu alamat web atau rujukan</translation>
    </message>
    <message>
        <source>must be a date written YYYY, YYYY-MM or YYYY-MM-DD (in quotes in a file), not “{value}”</source>
        <translation>harus berupa tanggal YYYY, YYYY-MM, atau YYYY-MM-DD (dalam tanda kutip di berkas), bukan “{value}”</translation>
    </message>
    <message>
        <source>Reading the sheet cancelled; nothing was changed.</source>
        <translation>Pembacaan lembar dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Checking the sheet cancelled; nothing was changed.</source>
        <translation>Pemeriksaan lembar dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Impor dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{file} has more than {limit:,} rows, more than one import takes. Split it into files of at most {limit:,} rows and import each; nothing was imported.</source>
        <translation>{file} berisi lebih dari {limit:,} baris, lebih banyak daripada yang dapat diambil satu kali impor. Pecah menjadi berkas berisi paling banyak {limit:,} baris dan impor masing-masing; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>has the same id as row {row}; give each case one row</source>
        <translation>memiliki id yang sama dengan baris {row}; beri setiap kasus satu baris</translation>
    </message>
    <message>
        <source>is the same case as row {row} (same external id or web address); keep one row</source>
        <translation>adalah kasus yang sama dengan baris {row} (ID eksternal atau alamat web sama); simpan satu baris saja</translation>
    </message>
    <message>
        <source>{file}: no column holds the case title. Name a column &apos;Title&apos; or map one to title (--mapping, or the Column mapping table); the columns are: {columns}.</source>
        <translation>{file}: tidak ada kolom yang berisi judul kasus. Namai satu kolom &apos;Title&apos; atau petakan satu kolom ke judul (--mapping, atau tabel Pemetaan kolom); kolomnya: {columns}.</translation>
    </message>
    <message>
        <source>{file} has a header but no rows below it: there is nothing to import.</source>
        <translation>{file} memiliki baris judul tetapi tidak ada baris di bawahnya: tidak ada yang dapat diimpor.</translation>
    </message>
    <message>
        <source>{file} has {count} row(s) with problems; correct them (or the column mapping) and import again. Nothing was imported.</source>
        <translation>{file} memiliki {count} baris bermasalah; perbaiki (atau pemetaan kolomnya) lalu impor lagi. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{file} row {row}: {problems} (the catalogue changed since the preview). Nothing was imported.</source>
        <translation>{file} baris {row}: {problems} (katalog berubah sejak pratinjau). Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written ({reason})</source>
        <translation>disk penuh atau tidak dapat ditulisi ({reason})</translation>
    </message>
    <message>
        <source>The {field} of case {case} is longer than a spreadsheet cell holds ({limit:,} characters); export to .csv instead. No file was written.</source>
        <translation>{field} pada kasus {case} lebih panjang daripada isi satu sel lembar kerja ({limit:,} karakter); ekspor ke .csv saja. Tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>{file}: name the file .csv or .xlsx; that is the format written.</source>
        <translation>{file}: beri nama berkas .csv atau .xlsx; itulah format yang ditulis.</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose where to save the file.</source>
        <translation>{folder} bukan folder; pilih tempat untuk menyimpan berkas.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); choose another place.</source>
        <translation>{file} tidak dapat ditulis ({reason}); pilih tempat lain.</translation>
    </message>
    <message>
        <source>The mapping names column(s) the sheet does not have: {missing}. The sheet&apos;s columns are: {columns}.</source>
        <translation>Pemetaan menyebut kolom yang tidak ada di lembar: {missing}. Kolom lembar itu: {columns}.</translation>
    </message>
    <message>
        <source>The mapping maps &apos;{column}&apos; to &apos;{field}&apos;, which is not a case field; use one of {fields} (or null to ignore the column).</source>
        <translation>Pemetaan menghubungkan &apos;{column}&apos; ke &apos;{field}&apos;, yang bukan bidang kasus; gunakan salah satu dari {fields} (atau null untuk mengabaikan kolom).</translation>
    </message>
    <message>
        <source>Two columns are mapped to the same field: {fields}; keep one.</source>
        <translation>Dua kolom dipetakan ke bidang yang sama: {fields}; pertahankan satu.</translation>
    </message>
    <message>
        <source>{path}: the mapping file does not exist.</source>
        <translation>{path}: berkas pemetaan tidak ada.</translation>
    </message>
    <message>
        <source>{path}: the mapping file is not UTF-8 JSON ({reason}); write it as {example}.</source>
        <translation>{path}: berkas pemetaan bukan JSON UTF-8 ({reason}); tulis seperti {example}.</translation>
    </message>
    <message>
        <source>{path}: the mapping must be a JSON object such as {example}.</source>
        <translation>{path}: pemetaan harus berupa objek JSON seperti {example}.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} tidak ada atau bukan berkas.</translation>
    </message>
    <message>
        <source>{file}: only .csv, .tsv, .txt and .xlsx files can be imported; save the sheet in one of those formats.</source>
        <translation>{file}: hanya berkas .csv, .tsv, .txt, dan .xlsx yang dapat diimpor; simpan lembar dalam salah satu format itu.</translation>
    </message>
    <message>
        <source>{file} is empty: a sheet needs a header row naming its columns (Title, City, Country...) and one row per case below it.</source>
        <translation>{file} kosong: lembar memerlukan baris judul yang menamai kolomnya (Title, City, Country...) dan satu baris per kasus di bawahnya.</translation>
    </message>
    <message>
        <source>{file} is UTF-16 text, which CSV import does not read. Save it as &apos;CSV UTF-8&apos; (Excel: File &gt; Save As &gt; CSV UTF-8; LibreOffice: character set Unicode (UTF-8)) and import it again.</source>
        <translation>{file} adalah teks UTF-16, yang tidak dibaca oleh impor CSV. Simpan sebagai &apos;CSV UTF-8&apos; (Excel: File &gt; Save As &gt; CSV UTF-8; LibreOffice: set karakter Unicode (UTF-8)) lalu impor lagi.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text: byte 0x{byte:02X} on line {line} cannot be read as UTF-8 (the file may be in a local encoding such as Windows-1252, EUC-KR or GBK). Save it as &apos;CSV UTF-8&apos; (Excel: File &gt; Save As &gt; CSV UTF-8; LibreOffice: character set Unicode (UTF-8)) and import it again.</source>
        <translation>{file} bukan teks UTF-8: bita 0x{byte:02X} pada baris {line} tidak dapat dibaca sebagai UTF-8 (berkas mungkin memakai pengodean lokal seperti Windows-1252, EUC-KR, atau GBK). Simpan sebagai &apos;CSV UTF-8&apos; (Excel: File &gt; Save As &gt; CSV UTF-8; LibreOffice: set karakter Unicode (UTF-8)) lalu impor lagi.</translation>
    </message>
    <message>
        <source>{file} row {row}: {error}. Is it really a CSV file? Save it as &apos;CSV UTF-8&apos; (Excel: File &gt; Save As &gt; CSV UTF-8; LibreOffice: character set Unicode (UTF-8)) and import it again.</source>
        <translation>{file} baris {row}: {error}. Apakah ini benar-benar berkas CSV? Simpan sebagai &apos;CSV UTF-8&apos; (Excel: File &gt; Save As &gt; CSV UTF-8; LibreOffice: set karakter Unicode (UTF-8)) lalu impor lagi.</translation>
    </message>
    <message>
        <source>{file} row {row} holds NUL bytes, which text never does. Is it really a CSV file? Save it as &apos;CSV UTF-8&apos; (Excel: File &gt; Save As &gt; CSV UTF-8; LibreOffice: character set Unicode (UTF-8)) and import it again.</source>
        <translation>{file} baris {row} berisi bita NUL, yang tidak pernah ada dalam teks. Apakah ini benar-benar berkas CSV? Simpan sebagai &apos;CSV UTF-8&apos; (Excel: File &gt; Save As &gt; CSV UTF-8; LibreOffice: set karakter Unicode (UTF-8)) lalu impor lagi.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; a sheet to import may be at most {limit} MB. Split it into smaller sheets and import each.</source>
        <translation>{file} berukuran {size} MB; lembar yang diimpor paling besar {limit} MB. Bagi menjadi lembar-lembar yang lebih kecil dan impor satu per satu.</translation>
    </message>
    <message>
        <source>{file} is refused: its part {part} would expand from {packed} KB to {size} MB, far more than any sheet&apos;s text does. The file is damaged or made to exhaust the computer; if it is a real sheet, save it again as CSV UTF-8 and import that.</source>
        <translation>{file} ditolak: bagiannya {part} akan mengembang dari {packed} KB menjadi {size} MB, jauh melebihi teks lembar mana pun. Berkas ini rusak atau dibuat untuk menghabiskan sumber daya komputer; jika ini lembar sungguhan, simpan ulang sebagai CSV UTF-8 lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>{file} would expand to {size} MB; a workbook to import may hold at most {limit} MB. Split it into smaller sheets and import each.</source>
        <translation>{file} akan mengembang menjadi {size} MB; buku kerja yang diimpor paling besar {limit} MB. Bagi menjadi lembar-lembar yang lebih kecil dan impor satu per satu.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx) that can be read ({error}). If it is an older .xls file or another kind of file renamed, open it in Excel or LibreOffice and save it as .xlsx or as CSV UTF-8.</source>
        <translation>{file} bukan buku kerja Excel (.xlsx) yang dapat dibaca ({error}). Jika ini berkas .xls lama atau berkas jenis lain yang diganti namanya, buka di Excel atau LibreOffice lalu simpan sebagai .xlsx atau CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file} cell {cell} holds a formula ({formula}) whose result was never saved. Open the file in Excel or LibreOffice, save it (so the results are stored) and import it again.</source>
        <translation>Sel {cell} di {file} berisi rumus ({formula}) yang hasilnya tidak pernah disimpan. Buka berkas di Excel atau LibreOffice, simpan (agar hasilnya tersimpan), lalu impor lagi.</translation>
    </message>
    <message>
        <source>The city profile {name} is the target city of 1 plan: {plans}. Delete that plan or point it at another profile first; nothing was deleted.</source>
        <translation>Profil kota {name} adalah kota sasaran 1 rencana: {plans}. Hapus rencana itu atau arahkan ke profil lain terlebih dahulu; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>The city profile {name} is the target city of {count} plans: {plans}. Delete those plans or point them at another profile first; nothing was deleted.</source>
        <translation>Profil kota {name} adalah kota sasaran {count} rencana: {plans}. Hapus rencana-rencana itu atau arahkan ke profil lain terlebih dahulu; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>The plan {id} has been deleted; saving it again would bring it back.</source>
        <translation>Rencana {id} telah dihapus; menyimpannya lagi akan memunculkannya kembali.</translation>
    </message>
    <message>
        <source>A plan with id {id} exists already.</source>
        <translation>Rencana dengan id {id} sudah ada.</translation>
    </message>
    <message>
        <source>A plan file must hold a JSON object.</source>
        <translation>Berkas rencana harus berisi objek JSON.</translation>
    </message>
    <message>
        <source>{kind} {id}: malformed conflict versions</source>
        <translation>{kind} {id}: versi konflik salah bentuk</translation>
    </message>
    <message>
        <source>{where}: malformed edit signatures</source>
        <translation>{where}: tanda tangan suntingan salah bentuk</translation>
    </message>
    <message>
        <source>{file}: the manifest cannot be read ({reason})</source>
        <translation>{file}: manifes tidak dapat dibaca ({reason})</translation>
    </message>
    <message>
        <source>member {member} is larger than the manifest says</source>
        <translation>anggota {member} lebih besar daripada yang disebut manifes</translation>
    </message>
    <message>
        <source>{name} is not a JSON number</source>
        <translation>{name} bukan angka JSON</translation>
    </message>
    <message>
        <source>{what} is not UTF-8 JSON</source>
        <translation>{what} bukan JSON UTF-8</translation>
    </message>
    <message>
        <source>{what} nests deeper than {limit} levels</source>
        <translation>{what} bersarang lebih dalam dari {limit} tingkat</translation>
    </message>
    <message>
        <source>{what} is not valid JSON ({reason})</source>
        <translation>{what} bukan JSON yang sah ({reason})</translation>
    </message>
    <message>
        <source>{what} is not a version vector</source>
        <translation>{what} bukan vektor versi</translation>
    </message>
    <message>
        <source>{where} is required but empty</source>
        <translation>{where} wajib diisi tetapi kosong</translation>
    </message>
    <message>
        <source>{where} must be a decimal number written as text</source>
        <translation>{where} harus berupa bilangan desimal yang ditulis sebagai teks</translation>
    </message>
    <message>
        <source>{where} is not a decimal number</source>
        <translation>{where} bukan bilangan desimal</translation>
    </message>
    <message>
        <source>{where} is not a finite number</source>
        <translation>{where} bukan bilangan terhingga</translation>
    </message>
    <message>
        <source>{where} must be a whole number</source>
        <translation>{where} harus bilangan bulat</translation>
    </message>
    <message>
        <source>{where} must be text</source>
        <translation>{where} harus berupa teks</translation>
    </message>
    <message>
        <source>{where} holds {count} characters, more than {limit}</source>
        <translation>{where} berisi {count} karakter, lebih dari {limit}</translation>
    </message>
    <message>
        <source>{where} is not a SHA-256 digest</source>
        <translation>{where} bukan digest SHA-256</translation>
    </message>
    <message>
        <source>{where} {problem}</source>
        <translation>{where} {problem}</translation>
    </message>
    <message>
        <source>{where} holds JSON of the wrong shape</source>
        <translation>{where} berisi JSON dengan bentuk yang salah</translation>
    </message>
    <message>
        <source>a record is not an object</source>
        <translation>sebuah rekaman bukan objek</translation>
    </message>
    <message>
        <source>a record has an unknown type {kind}</source>
        <translation>sebuah rekaman memiliki jenis yang tidak dikenal {kind}</translation>
    </message>
    <message>
        <source>a {kind} record has a malformed id</source>
        <translation>sebuah rekaman {kind} memiliki id yang salah bentuk</translation>
    </message>
    <message>
        <source>{kind} {id}: fields and stamps must be objects</source>
        <translation>{kind} {id}: bidang dan cap harus berupa objek</translation>
    </message>
    <message>
        <source>{kind} {id}: unknown fields {fields}</source>
        <translation>{kind} {id}: bidang tidak dikenal {fields}</translation>
    </message>
    <message>
        <source>{kind} {id}: missing fields {fields} (send null for empty ones)</source>
        <translation>{kind} {id}: bidang yang hilang {fields} (kirim null untuk yang kosong)</translation>
    </message>
    <message>
        <source>{kind} {id}: every field needs a stamp</source>
        <translation>{kind} {id}: setiap bidang memerlukan cap</translation>
    </message>
    <message>
        <source>{kind} {id}: field {field} has a malformed stamp</source>
        <translation>{kind} {id}: bidang {field} memiliki cap yang salah bentuk</translation>
    </message>
    <message>
        <source>{kind} {id}: malformed conflict versions (unknown field &apos;{field}&apos;)</source>
        <translation>{kind} {id}: versi konflik salah bentuk (bidang tidak dikenal &apos;{field}&apos;)</translation>
    </message>
    <message>
        <source>{kind} {id}: a conflict version has a malformed stamp</source>
        <translation>{kind} {id}: sebuah versi konflik memiliki cap yang salah bentuk</translation>
    </message>
    <message>
        <source>{kind} {id}: malformed earlier versions</source>
        <translation>{kind} {id}: versi sebelumnya tidak berbentuk benar</translation>
    </message>
    <message>
        <source>{where}: malformed edit signatures (replaced values)</source>
        <translation>{where}: tanda tangan suntingan salah bentuk (nilai yang diganti)</translation>
    </message>
    <message>
        <source>{file} has {count} entries, more than a bundle may hold</source>
        <translation>{file} memiliki {count} entri, lebih dari yang boleh dimuat bundel</translation>
    </message>
    <message>
        <source>{file} contains a symbolic link ({member}); refused</source>
        <translation>{file} berisi tautan simbolik ({member}); ditolak</translation>
    </message>
    <message>
        <source>{file} names {member} twice</source>
        <translation>{file} menyebut {member} dua kali</translation>
    </message>
    <message>
        <source>{file} has no manifest or no signature</source>
        <translation>{file} tidak memiliki manifes atau tanda tangan</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} tidak ada</translation>
    </message>
    <message>
        <source>{file} is damaged, incomplete or not a LEAPS bundle (not a readable zip archive: {reason})</source>
        <translation>{file} rusak, tidak lengkap, atau bukan bundel LEAPS (bukan arsip zip yang dapat dibaca: {reason})</translation>
    </message>
    <message>
        <source>{file}: the signature does not match; the bundle was altered or damaged</source>
        <translation>{file}: tanda tangan tidak cocok; bundel telah diubah atau rusak</translation>
    </message>
    <message>
        <source>{file} is missing {member}; it may be truncated</source>
        <translation>{file} tidak memuat {member}; berkas mungkin terpotong</translation>
    </message>
    <message>
        <source>{file}: attachment {member} is not what its name says</source>
        <translation>{file}: lampiran {member} tidak sesuai dengan namanya</translation>
    </message>
    <message>
        <source>{file}: {member} is not a list of records</source>
        <translation>{file}: {member} bukan daftar rekaman</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} records; a bundle may not</source>
        <translation>{file} memuat lebih dari {limit} rekaman; bundel tidak boleh sebanyak itu</translation>
    </message>
    <message>
        <source>{file}: {kind} {id} appears twice</source>
        <translation>{file}: {kind} {id} muncul dua kali</translation>
    </message>
    <message>
        <source>{file}: {member} cannot be read; the bundle is damaged ({reason})</source>
        <translation>{file}: {member} tidak dapat dibaca; bundel rusak ({reason})</translation>
    </message>
    <message>
        <source>{file}: {member} does not match its checksum; the bundle is damaged</source>
        <translation>{file}: {member} tidak cocok dengan checksum-nya; bundel rusak</translation>
    </message>
    <message>
        <source>{file} is missing {member}; it changed since it was checked</source>
        <translation>{file} tidak memuat {member}; berkas berubah sejak diperiksa</translation>
    </message>
    <message>
        <source>{file} lists {count} members, more than a bundle may hold</source>
        <translation>{file} mencantumkan {count} anggota, lebih dari yang boleh dimuat bundel</translation>
    </message>
    <message>
        <source>{file}: the manifest lists a member with a bad name or size</source>
        <translation>{file}: manifes mencantumkan anggota dengan nama atau ukuran yang salah</translation>
    </message>
    <message>
        <source>{file} would unpack to more than {limit} bytes</source>
        <translation>{file} akan terurai menjadi lebih dari {limit} bita</translation>
    </message>
    <message>
        <source>{file}: attachment {member} is {size} bytes; attachments may be at most {limit}</source>
        <translation>{file}: lampiran {member} berukuran {size} bita; lampiran paling besar {limit}</translation>
    </message>
    <message>
        <source>{file}: {member} is {size} bytes; a records member may be at most {limit}</source>
        <translation>{file}: {member} berukuran {size} bita; anggota rekaman paling besar {limit}</translation>
    </message>
    <message>
        <source>{file}: the manifest lists a member twice</source>
        <translation>{file}: manifes mencantumkan satu anggota dua kali</translation>
    </message>
    <message>
        <source>bad part</source>
        <translation>bagian pecahan tidak valid</translation>
    </message>
    <message>
        <source>part index and count must be whole numbers</source>
        <translation>nomor dan jumlah bagian harus bilangan bulat</translation>
    </message>
    <message>
        <source>part {index} of {count} is out of range</source>
        <translation>bagian {index} dari {count} di luar rentang</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key} harus berupa teks</translation>
    </message>
    <message>
        <source>bad key announcements</source>
        <translation>pengumuman kunci tidak valid</translation>
    </message>
    <message>
        <source>bad organisation part</source>
        <translation>bagian organisasi tidak valid</translation>
    </message>
    <message>
        <source>more than {limit} certificates, or not a list</source>
        <translation>lebih dari {limit} sertifikat, atau bukan daftar</translation>
    </message>
    <message>
        <source>more than {limit} revocation lists, or not a list</source>
        <translation>lebih dari {limit} daftar pencabutan, atau bukan daftar</translation>
    </message>
    <message>
        <source>bad revocation list</source>
        <translation>daftar pencabutan tidak valid</translation>
    </message>
    <message>
        <source>{file} is not a LEAPS bundle (its manifest has another format)</source>
        <translation>{file} bukan bundel LEAPS (manifesnya berformat lain)</translation>
    </message>
    <message>
        <source>{file}: the manifest has no format version</source>
        <translation>{file}: manifes tidak memiliki versi format</translation>
    </message>
    <message>
        <source>{file} was made by a newer LEAPS Catalogue (bundle format {version}; this app reads up to {supported}). Update the app to import it.</source>
        <translation>{file} dibuat oleh LEAPS Catalogue yang lebih baru (format bundel {version}; aplikasi ini membaca hingga {supported}). Perbarui aplikasi untuk mengimpornya.</translation>
    </message>
    <message>
        <source>bad kind, device or members</source>
        <translation>jenis, perangkat, atau anggota tidak valid</translation>
    </message>
    <message>
        <source>{file}: the manifest is incomplete or malformed ({reason})</source>
        <translation>{file}: manifes tidak lengkap atau salah bentuk ({reason})</translation>
    </message>
    <message>
        <source>No known peer is {peer}.</source>
        <translation>Tidak ada perangkat dikenal bernama {peer}.</translation>
    </message>
    <message>
        <source>{file} claims to come from this device but is signed by another key</source>
        <translation>{file} mengaku berasal dari perangkat ini tetapi ditandatangani dengan kunci lain</translation>
    </message>
    <message>
        <source>{file} is signed by {device}, but {why}; refused.</source>
        <translation>{file} ditandatangani oleh {device}, tetapi {why}; ditolak.</translation>
    </message>
    <message>
        <source>{file} claims to come from {name} ({device_id}) but is signed by a different key that {name} never announced ({fingerprint}; {name} signs with {pinned}); refused. If {name} really has a new key, check its fingerprint with its owner, then forget the old key and import the bundle again.</source>
        <translation>{file} mengaku berasal dari {name} ({device_id}) tetapi ditandatangani dengan kunci lain yang tidak pernah diumumkan {name} ({fingerprint}; {name} menandatangani dengan {pinned}); ditolak. Jika {name} memang punya kunci baru, periksa sidik jarinya dengan pemiliknya, lalu lupakan kunci lama dan impor bundel itu lagi.</translation>
    </message>
    <message>
        <source>{file} is signed with the key of {name} ({device_id}) but claims to come from device {claimed}; refused.</source>
        <translation>{file} ditandatangani dengan kunci {name} ({device_id}) tetapi mengaku berasal dari perangkat {claimed}; ditolak.</translation>
    </message>
    <message>
        <source>trust must be always or never</source>
        <translation>kepercayaan harus always atau never</translation>
    </message>
    <message>
        <source>--trust must be one of {levels}</source>
        <translation>--trust harus salah satu dari {levels}</translation>
    </message>
    <message>
        <source>{file} is signed by {device} ({fingerprint}), a device this catalogue does not trust; nothing was imported.</source>
        <translation>{file} ditandatangani oleh {device} ({fingerprint}), perangkat yang tidak dipercaya katalog ini; tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{file} is signed by {device} ({fingerprint}), a device not seen before: trust it once, always, or refuse.</source>
        <translation>{file} ditandatangani oleh {device} ({fingerprint}), perangkat yang belum pernah terlihat: percayai sekali, selalu, atau tolak.</translation>
    </message>
    <message>
        <source>--keep must be mine or theirs</source>
        <translation>--keep harus mine atau theirs</translation>
    </message>
    <message>
        <source>No open conflict has the id {id}.</source>
        <translation>Tidak ada konflik terbuka dengan id {id}.</translation>
    </message>
    <message>
        <source>A deletion is kept or undone; it cannot be merged.</source>
        <translation>Penghapusan hanya dapat dipertahankan atau dibatalkan; tidak dapat digabungkan.</translation>
    </message>
    <message>
        <source>{count} keys claim to be device {device}; name one by its fingerprint.</source>
        <translation>{count} kunci mengaku sebagai perangkat {device}; sebutkan salah satunya dengan sidik jarinya.</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose the sync folder (a USB stick, a share...).</source>
        <translation>{folder} bukan folder; pilih folder sinkronisasi (flashdisk USB, folder bersama...).</translation>
    </message>
    <message>
        <source>No case has the id {id}.</source>
        <translation>Tidak ada kasus dengan id {id}.</translation>
    </message>
    <message>
        <source>No city profile has the id {id}.</source>
        <translation>Tidak ada profil kota dengan id {id}.</translation>
    </message>
    <message>
        <source>No plan has the id {id}.</source>
        <translation>Tidak ada rencana dengan id {id}.</translation>
    </message>
    <message>
        <source>No progress entry has the id {id}.</source>
        <translation>Tidak ada catatan kemajuan dengan id {id}.</translation>
    </message>
    <message>
        <source>No shortlist has the id {id}.</source>
        <translation>Tidak ada daftar pendek dengan id {id}.</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not a document format this app writes. Choose one of: {formats}.</source>
        <translation>&apos;{format}&apos; bukan format dokumen yang dapat ditulis aplikasi ini. Pilih salah satu dari: {formats}.</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name for the document.</source>
        <translation>{path} adalah folder. Pilih nama berkas untuk dokumen.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation>Folder {folder} tidak ada. Pilih folder yang ada.</translation>
    </message>
    <message>
        <source>Cannot write in {folder} ({reason}). Choose a folder you can write to.</source>
        <translation>Tidak dapat menulis di {folder} ({reason}). Pilih folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}). If it is open in another program, close it there; if the disk is full, free some space; then export again.</source>
        <translation>{name} tidak dapat ditulis ({reason}). Jika berkas itu terbuka di program lain, tutup di sana; jika disk penuh, kosongkan sebagian ruang; lalu ekspor lagi.</translation>
    </message>
    <message>
        <source>The data dir {folder} is not writable ({reason}). Choose another.</source>
        <translation>Folder data {folder} tidak dapat ditulisi ({reason}). Pilih folder lain.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); restore it from a backup of the data dir.</source>
        <translation>{path} rusak ({reason}); pulihkan dari cadangan folder data.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}); if the disk is full, free some space.</source>
        <translation>{path} tidak dapat ditulis ({reason}); jika disk penuh, kosongkan sebagian ruang.</translation>
    </message>
    <message>
        <source>{path} is not an SQLite file, so it is not a LEAPS catalogue. Move it aside or choose another data dir.</source>
        <translation>{path} bukan berkas SQLite, jadi bukan katalog LEAPS. Pindahkan berkas itu atau pilih folder data lain.</translation>
    </message>
    <message>
        <source>{path} is damaged or not SQLite ({reason}).</source>
        <translation>{path} rusak atau bukan SQLite ({reason}).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of LEAPS Catalogue (schema {version}; this app knows up to {latest}). Install the newer app to open it; the file has not been changed.</source>
        <translation>{path} ditulis oleh versi LEAPS Catalogue yang lebih baru (skema {version}; aplikasi ini mengenal hingga {latest}). Pasang aplikasi yang lebih baru untuk membukanya; berkas itu tidak diubah.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a LEAPS catalogue.</source>
        <translation>{path} adalah berkas SQLite tetapi bukan katalog LEAPS.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}. Check the data dir is writable.</source>
        <translation>Tidak dapat membuka {path}: {reason}. Periksa apakah folder data dapat ditulisi.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the backup.</source>
        <translation>{path} sudah ada; pilih nama berkas baru untuk cadangan.</translation>
    </message>
    <message>
        <source>The backup {path} did not read back whole; nothing was written.</source>
        <translation>Cadangan {path} tidak terbaca kembali secara utuh; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written ({reason}); if the disk is full, free some space.</source>
        <translation>Cadangan {path} tidak dapat ditulis ({reason}); jika disk penuh, kosongkan sebagian ruang.</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a LEAPS catalogue.</source>
        <translation>{path} adalah berkas kosong, bukan katalog LEAPS.</translation>
    </message>
    <message>
        <source>{path} is damaged: {reason}. Nothing was restored.</source>
        <translation>{path} rusak: {reason}. Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>Choose two or three cases to compare ({count} chosen): select them in the results with Ctrl or Shift held down.</source>
        <translation>Pilih dua atau tiga kasus untuk dibandingkan ({count} dipilih): pilih di hasil sambil menahan Ctrl atau Shift.</translation>
    </message>
    <message>
        <source>A case cannot be merged with itself; name two different cases.</source>
        <translation>Kasus tidak dapat digabungkan dengan dirinya sendiri; sebutkan dua kasus yang berbeda.</translation>
    </message>
    <message>
        <source>These two cases are too long to merge ({limit} characters together at most).</source>
        <translation>Kedua kasus ini terlalu panjang untuk digabungkan (paling banyak {limit} karakter bersama-sama).</translation>
    </message>
    <message>
        <source>No merge removed the case {id}; nothing to undo.</source>
        <translation>Tidak ada penggabungan yang menghapus kasus {id}; tidak ada yang dapat dibatalkan.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>{path} is larger than 2 MB; choose a smaller PNG or JPEG logo.</source>
        <translation>{path} lebih besar dari 2 MB; pilih logo PNG atau JPEG yang lebih kecil.</translation>
    </message>
    <message>
        <source>{path} is not a PNG or JPEG image; choose a PNG or JPEG logo.</source>
        <translation>{path} bukan gambar PNG atau JPEG; pilih logo PNG atau JPEG.</translation>
    </message>
    <message>
        <source>The organisation is longer than {limit} characters; shorten it.</source>
        <translation>Nama organisasi lebih dari {limit} karakter; persingkat.</translation>
    </message>
    <message>
        <source>The office is longer than {limit} characters; shorten it.</source>
        <translation>Nama kantor lebih dari {limit} karakter; persingkat.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image of at most 2 MB.</source>
        <translation>Logo harus berupa gambar PNG atau JPEG paling besar 2 MB.</translation>
    </message>
    <message>
        <source>Only a curator of the organisation may mark a case {curation}; this device is a member. Keep it a draft (or as it was) and ask a curator.</source>
        <translation>Hanya kurator organisasi yang boleh menandai kasus sebagai {curation}; perangkat ini anggota. Biarkan sebagai draf (atau seperti semula) dan minta bantuan kurator.</translation>
    </message>
    <message>
        <source>year filter &apos;{value}&apos;: give a year (2015) or a range (2010..2015, 2010.. or ..2015).</source>
        <translation>filter tahun &apos;{value}&apos;: berikan tahun (2015) atau rentang (2010..2015, 2010.. atau ..2015).</translation>
    </message>
    <message>
        <source>No preset is called &apos;{name}&apos;; the presets are: {presets}.</source>
        <translation>Tidak ada preset bernama &apos;{name}&apos;; preset yang ada: {presets}.</translation>
    </message>
    <message>
        <source>not a PEM private key</source>
        <translation>bukan kunci privat PEM</translation>
    </message>
    <message>
        <source>bad base64: {reason}</source>
        <translation>base64 tidak valid: {reason}</translation>
    </message>
    <message>
        <source>not an Ed25519 key</source>
        <translation>bukan kunci Ed25519</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); restore it from a backup.</source>
        <translation>{path} rusak ({reason}); pulihkan dari cadangan.</translation>
    </message>
    <message>
        <source>The device key cannot be written to {path} ({reason}); if the disk is full, free some space and try again.</source>
        <translation>Kunci perangkat tidak dapat ditulis ke {path} ({reason}); jika disk penuh, kosongkan sebagian ruang dan coba lagi.</translation>
    </message>
    <message>
        <source>The new device key cannot be written in {folder} ({reason}); the old key stays in use. If the disk is full, free some space and try again.</source>
        <translation>Kunci perangkat baru tidak dapat ditulis di {folder} ({reason}); kunci lama tetap dipakai. Jika disk penuh, kosongkan sebagian ruang dan coba lagi.</translation>
    </message>
    <message>
        <source>{folder} already holds an organisation&apos;s root key; nothing was changed.</source>
        <translation>{folder} sudah berisi kunci akar sebuah organisasi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{folder} holds no organisation&apos;s root key ({reason}).</source>
        <translation>{folder} tidak berisi kunci akar organisasi ({reason}).</translation>
    </message>
    <message>
        <source>{folder}: {file} does not belong to its root key.</source>
        <translation>{folder}: {file} bukan milik kunci akarnya.</translation>
    </message>
    <message>
        <source>role must be one of {roles} (got &apos;{role}&apos;).</source>
        <translation>peran harus salah satu dari {roles} (diberikan &apos;{role}&apos;).</translation>
    </message>
    <message>
        <source>the public key must be a device&apos;s key as `leaps device` shows it.</source>
        <translation>kunci publik harus berupa kunci perangkat seperti yang ditampilkan `leaps device`.</translation>
    </message>
    <message>
        <source>No certificate issued from {folder} has the serial, device or key {who}.</source>
        <translation>Tidak ada sertifikat yang diterbitkan dari {folder} dengan nomor seri, perangkat, atau kunci {who}.</translation>
    </message>
    <message>
        <source>its certificate from {org} was revoked on {at}</source>
        <translation>sertifikatnya dari {org} dicabut pada {at}</translation>
    </message>
    <message>
        <source>its certificate from {org} is valid from {start} to {end}</source>
        <translation>sertifikatnya dari {org} berlaku dari {start} sampai {end}</translation>
    </message>
    <message>
        <source>{role} of {org} until {end}</source>
        <translation>{role} dari {org} sampai {end}</translation>
    </message>
    <message>
        <source>not an organisation file (it needs org, name and public_key).</source>
        <translation>bukan berkas organisasi (harus ada org, name, dan public_key).</translation>
    </message>
    <message>
        <source>not a certificate signed by its organisation&apos;s key; nothing was changed.</source>
        <translation>bukan sertifikat yang ditandatangani kunci organisasinya; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>this certificate is for {name} ({device_id}), not this device; nothing was changed.</source>
        <translation>sertifikat ini untuk {name} ({device_id}), bukan perangkat ini; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>this certificate is valid from {start} to {end}; nothing was changed.</source>
        <translation>sertifikat ini berlaku dari {start} sampai {end}; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>tidak dapat membaca {path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: id {id} is also used by {other}</source>
        <translation>{path}: id {id} juga dipakai oleh {other}</translation>
    </message>
    <message>
        <source>Only a curator of the organisation may publish a seed catalogue; this device is a member. Ask a curator to publish it.</source>
        <translation>Hanya kurator organisasi yang boleh menerbitkan katalog awal; perangkat ini adalah anggota. Mintalah kurator untuk menerbitkannya.</translation>
    </message>
    <message>
        <source>{folder} already exists; choose a new folder for the seed catalogue.</source>
        <translation>{folder} sudah ada; pilih folder baru untuk katalog awal.</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({reason}).</source>
        <translation>tidak dapat menulis di {folder} ({reason}).</translation>
    </message>
    <message>
        <source>the seed catalogue could not be written ({reason}); nothing was left behind.</source>
        <translation>katalog awal tidak dapat ditulis ({reason}); tidak ada yang tertinggal.</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({reason}); choose another folder.</source>
        <translation>tidak dapat menulis di {folder} ({reason}); pilih folder lain.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); if the disk is full, free some space and export again. Earlier files are unchanged.</source>
        <translation>{file} tidak dapat ditulis ({reason}); jika disk penuh, kosongkan sebagian ruang dan ekspor lagi. Berkas sebelumnya tidak berubah.</translation>
    </message>
    <message>
        <source>Write the merged translation first; nothing was changed.</source>
        <translation>Tulis dulu terjemahan gabungannya; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>bukan teks UTF-8</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>tidak dapat dibaca ({reason})</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}: {reason})</source>
        <translation>bukan JSON yang valid (baris {line}: {reason})</translation>
    </message>
    <message>
        <source>is not valid YAML ({reason})</source>
        <translation>bukan YAML yang valid ({reason})</translation>
    </message>
    <message>
        <source>is missing: start the file with a --- block of fields</source>
        <translation>tidak ada: awali berkas dengan blok --- berisi isian</translation>
    </message>
    <message>
        <source>No case has the id {id}, nor had it: `leaps history --deleted` lists deleted cases.</source>
        <translation>Tidak ada kasus dengan id {id}, dan tidak pernah ada: `leaps history --deleted` menampilkan kasus yang dihapus.</translation>
    </message>
    <message>
        <source>The case {id} did not exist at {time}; pick a later version.</source>
        <translation>Kasus {id} belum ada pada {time}; pilih versi yang lebih baru.</translation>
    </message>
    <message>
        <source>{field} is not a field of a case that can be set back; revert the whole case instead.</source>
        <translation>{field} bukan isian kasus yang dapat dikembalikan; kembalikan seluruh kasus saja.</translation>
    </message>
    <message>
        <source>No deleted case has the id {id}: `leaps history --deleted` lists them.</source>
        <translation>Tidak ada kasus terhapus dengan id {id}: `leaps history --deleted` menampilkannya.</translation>
    </message>
    <message>
        <source>The translation engine {name} could not run: {reason}</source>
        <translation>Mesin penerjemah {name} tidak dapat dijalankan: {reason}</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>tanpa pesan</translation>
    </message>
    <message>
        <source>The translation engine {name} failed ({status}): {said}</source>
        <translation>Mesin penerjemah {name} gagal ({status}): {said}</translation>
    </message>
    <message>
        <source>The translation engine {name} wrote more than a field may hold.</source>
        <translation>Mesin penerjemah {name} menulis lebih banyak daripada yang dapat dimuat satu isian.</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>berkas terlalu besar</translation>
    </message>
    <message>
        <source>name must be text</source>
        <translation>name harus berupa teks</translation>
    </message>
    <message>
        <source>command must be a list of words</source>
        <translation>command harus berupa daftar kata</translation>
    </message>
    <message>
        <source>{path} does not name a translation engine ({reason}); see docs/translations.md.</source>
        <translation>{path} tidak menyebut mesin penerjemah ({reason}); lihat docs/translations.md.</translation>
    </message>
    <message>
        <source>{text} is not a language tag; use a code such as ko, id or pt-BR.</source>
        <translation>{text} bukan tag bahasa; gunakan kode seperti ko, id, atau pt-BR.</translation>
    </message>
    <message>
        <source>The case is written in {language}; translate it into another language.</source>
        <translation>Kasus ini ditulis dalam {language}; terjemahkan ke bahasa lain.</translation>
    </message>
    <message>
        <source>The case has no translatable field {id}; nothing was changed.</source>
        <translation>Kasus ini tidak memiliki isian terjemahan {id}; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The translation of {id} is over {limit} characters; nothing was changed.</source>
        <translation>Terjemahan {id} melebihi {limit} karakter; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>--filter {item}: use FACET=VALUE with FACET one of {facets}.</source>
        <translation>--filter {item}: gunakan FACET=VALUE dengan FACET salah satu dari {facets}.</translation>
    </message>
    <message>
        <source>{file}: a case with id {id} exists already; use `leaps edit`.</source>
        <translation>{file}: kasus dengan id {id} sudah ada; gunakan `leaps edit`.</translation>
    </message>
    <message>
        <source>is {id}, not {wanted}</source>
        <translation>adalah {id}, bukan {wanted}</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); if the disk is full, free some space. Any earlier file there is unchanged.</source>
        <translation>{path} tidak dapat ditulis ({reason}); jika disk penuh, kosongkan sebagian ruang. Berkas yang sudah ada di sana tidak berubah.</translation>
    </message>
    <message>
        <source>Give two or three different case ids to compare ({count} given).</source>
        <translation>Berikan dua atau tiga id kasus yang berbeda untuk dibandingkan ({count} diberikan).</translation>
    </message>
    <message>
        <source>name a case: leaps history ID (or --deleted to list deleted cases)</source>
        <translation>sebutkan kasus: leaps history ID (atau --deleted untuk daftar kasus yang dihapus)</translation>
    </message>
    <message>
        <source>--field goes with --revert STAMP</source>
        <translation>--field dipakai bersama --revert STAMP</translation>
    </message>
    <message>
        <source>{file} is not a newer revocation list of an organisation this catalogue trusts; nothing was changed.</source>
        <translation>{file} bukan daftar pencabutan yang lebih baru dari organisasi yang dipercaya katalog ini; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} tidak ada.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as UTF-8 JSON.</source>
        <translation>{path} bukan teks UTF-8; simpan sebagai JSON UTF-8.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}: {reason}).</source>
        <translation>{path} bukan JSON yang valid (baris {line}: {reason}).</translation>
    </message>
    <message>
        <source>leaps peers forget needs a fingerprint or device id (see `leaps peers`).</source>
        <translation>leaps peers forget memerlukan sidik jari atau id perangkat (lihat `leaps peers`).</translation>
    </message>
    <message>
        <source>No translation engine is set up on this computer; docs/translations.md says how to plug one in.</source>
        <translation>Belum ada mesin penerjemah yang disiapkan di komputer ini; docs/translations.md menjelaskan cara memasangnya.</translation>
    </message>
    <message>
        <source>the PDF file or the printer could not be opened</source>
        <translation>berkas PDF atau printer tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Only a plan that has reached scaling can publish its practice as a case; this one is {state}.</source>
        <translation>Hanya rencana yang sudah mencapai tahap perluasan yang dapat menerbitkan praktiknya sebagai kasus; rencana ini {state}.</translation>
    </message>
    <message>
        <source>This plan adapts no case this catalogue holds, so it has nothing to link to.</source>
        <translation>Rencana ini tidak mengadaptasi kasus apa pun di katalog ini, jadi tidak ada yang dapat ditautkan.</translation>
    </message>
    <message>
        <source>{file}: write a .xlsx, .csv, .xlf or .xliff file.</source>
        <translation>{file}: tulis sebagai berkas .xlsx, .csv, .xlf, atau .xliff.</translation>
    </message>
    <message>
        <source>{file} has no {column} column; export a sheet to see the columns.</source>
        <translation>{file} tidak memiliki kolom {column}; ekspor lembar untuk melihat kolom-kolomnya.</translation>
    </message>
    <message>
        <source>{file} row {row}</source>
        <translation>{file} baris {row}</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows; split it.</source>
        <translation>{file} memiliki lebih dari {limit} baris; pecahlah.</translation>
    </message>
    <message>
        <source>{file}: import a .xlsx, .csv, .xlf or .xliff file.</source>
        <translation>{file}: impor berkas .xlsx, .csv, .xlf, atau .xliff.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where}: the case has no translatable field {id}; nothing was changed.</source>
        <translation>{where}: kasus ini tidak memiliki isian terjemahan {id}; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{where}: the status &apos;{status}&apos; is not one of {statuses}.</source>
        <translation>{where}: status &apos;{status}&apos; bukan salah satu dari {statuses}.</translation>
    </message>
    <message>
        <source>An XLIFF 2.0 file holds one source language, and these cases are written in {languages}: export them with --from LANGUAGE, or as XLIFF 1.2.</source>
        <translation>Berkas XLIFF 2.0 memuat satu bahasa sumber, sedangkan kasus-kasus ini ditulis dalam {languages}: ekspor dengan --from LANGUAGE, atau sebagai XLIFF 1.2.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); choose another place.</source>
        <translation>{path} tidak dapat ditulis ({reason}); pilih tempat lain.</translation>
    </message>
    <message>
        <source>{file} unit {id}</source>
        <translation>{file} unit {id}</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB; split it.</source>
        <translation>{file} lebih besar dari {size} MB; pecahlah.</translation>
    </message>
    <message>
        <source>{file} declares a DTD or entities; an XLIFF file needs none. Refused.</source>
        <translation>{file} mendeklarasikan DTD atau entitas; berkas XLIFF tidak memerlukannya. Ditolak.</translation>
    </message>
    <message>
        <source>{file} is not well-formed XML ({reason}).</source>
        <translation>{file} bukan XML yang tersusun dengan benar ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not an XLIFF 1.2 or 2.0 file.</source>
        <translation>{file} bukan berkas XLIFF 1.2 atau 2.0.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} units; split it.</source>
        <translation>{file} memiliki lebih dari {limit} unit; pecahlah.</translation>
    </message>
    <message>
        <source>the file was not written whole; is the disk full?</source>
        <translation>berkas tidak tertulis utuh; apakah disk penuh?</translation>
    </message>
    <message>
        <source>holds JSON of the wrong shape</source>
        <translation>memuat JSON dengan bentuk yang salah</translation>
    </message>
    <message>
        <source>names no field of a case that is translated</source>
        <translation>tidak menyebut isian kasus yang diterjemahkan</translation>
    </message>
    <message>
        <source>is not a language tag</source>
        <translation>bukan tag bahasa</translation>
    </message>
    <message>
        <source>does not match the record&apos;s id</source>
        <translation>tidak cocok dengan id rekaman</translation>
    </message>
    <message>
        <source>The catalogue is closed.</source>
        <translation>Katalog sudah ditutup.</translation>
    </message>
</context>
</TS>
