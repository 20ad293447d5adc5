import type { TriageRules } from './types.js';

// Chat Indonesian: informal forms (gak, nggak, udah, banget) beside the formal ones, and affixes
// (`*rusak*` matches rusaknya, kerusakan).
const ASK = ['bicara dengan', 'ngobrol sama', 'ngomong sama', 'chat sama', 'chat dengan', 'hubungkan dengan', 'dihubungkan dengan', 'sambungkan ke', 'minta', 'mau', 'pengen', 'ingin', 'tolong sambungkan', 'tolong hubungkan'];
const PERSON = ['cs manusia', 'manusia', 'orang', 'admin asli', 'agen', 'operator', 'petugas', 'customer service', 'manajer', 'atasan', 'supervisor', 'staf', 'cs asli', 'live agent'];

export const rules: TriageRules = {
  lang: 'id',
  scripts: ['Latin'],
  match: 'words',
  apostrophe: 'join',
  cues: {
    damage: ['*rusak*', 'pecah*', 'retak*', 'patah*', 'penyok*', 'peyok', 'lecet*', 'tergores', 'baret*', 'sobek*', 'robek*', 'bocor*', 'rembes', 'gompal', 'remuk', 'hancur', 'bengkok', 'noda', 'bernoda', 'berkarat', 'karatan', 'lepas jahitan', 'jahitan lepas', 'berlubang', 'bolong'],
    defect: ['mati', 'gak nyala', 'tidak nyala', 'nggak nyala', 'ga nyala', 'tidak berfungsi', 'gak berfungsi', 'gak bisa ngecas', 'tidak bisa dicas', 'gak bisa dicas', 'cacat', 'ngehang', 'layar hitam', 'mati total', 'mati sendiri', 'korslet', 'gak jalan', 'rusak', 'cacat', 'gak berfungsi', 'tidak berfungsi', 'nggak berfungsi', 'ga berfungsi', 'gak bisa nyala', 'tidak menyala', 'ga nyala', 'gak nyala', 'nggak nyala', 'mati nyala', 'mati sendiri', 'nyala sendiri', 'restart sendiri', 'gak bisa dicas', 'tidak bisa dicas', 'ga ngecas', 'gak ngecas', 'gak panas', 'kedip*', 'berkedip', 'gak ada suara', 'tidak ada suara', 'bunyi aneh', 'berisik', 'dead pixel', 'ngehang', 'mati total', 'gak bisa dipake', 'tidak bisa dipakai', 'ga bisa dipake', 'gak jalan', 'tidak jalan'],
    wrongItem: ['salah kirim', 'salah barang', 'salah ukuran', 'salah warna', 'salah size', 'bukan yang saya pesan', 'bukan yang aku pesan', 'beda barang', 'warna lain', 'ukuran lain', 'bekas', 'palsu', 'kw', 'tidak lengkap', 'gak lengkap', 'ga lengkap', 'kurang lengkap', 'kurang baut', 'gak ada baut', 'tanpa baut', 'part kurang'],
    missingItem: ['cuma dateng ... dari', 'cuma sampai ... dari', 'kurang satu', 'kurang 1', 'barang kurang', 'pesanan kurang', 'gak ada di paket', 'tidak ada di paket', 'yang satunya mana', 'sisanya mana'],
    safety: ['gosong', 'bau terbakar', 'terbakar', 'panas banget', 'panas sekali', 'kepanasan', 'percikan', 'berasap', 'berasap', 'ada asap', 'keluar asap', 'menggembung', 'kembung', 'kesetrum', 'nyetrum', 'tajam', 'alergi', 'gatal', 'berasap', 'ada asap', 'keluar asap', 'berasap', 'bau gosong', 'bau terbakar', 'gosong', 'terbakar', 'percikan', 'korslet*', 'konslet*', 'panas banget', 'sangat panas', 'kepanasan', 'meleleh', 'kesetrum', 'nyetrum', 'keluar api', 'kebakaran', 'meledak', 'menggembung', 'kembung', 'bahaya', 'berbahaya', 'alergi', 'beracun'],
    notDefect: ['salah pilih', 'salah pesan', 'saya yang salah', 'aku yang salah', 'udah beres', 'sudah beres', 'udah solved', 'bukan rusak', 'gak rusak', 'tidak rusak', 'ga rusak', 'gak cacat', 'berfungsi normal', 'normal kok', 'gak ada masalah', 'tidak ada masalah', 'resi ... gak bisa', 'kode ... gak bisa', 'voucher ... gak bisa', 'link ... gak bisa', 'gapapa', 'gak apa apa', 'nggak apa apa', 'tidak apa apa'],
    packaging: ['kardus ... penyok', 'kardus ... rusak', 'kardus ... sobek', 'kardusnya penyok', 'kotak ... penyok', 'dus ... penyok', 'dusnya penyok', 'packing ... rusak', 'packing ... jelek', 'kemasan ... rusak', 'kemasan ... penyok', 'bubble wrap'],
    threat: ['ylki', 'bpsk', 'lapor polisi', 'polisi', 'pengacara', 'tuntut', 'gugat', 'pengadilan', 'viralkan', 'viral', 'laporin', 'laporkan', 'lapor ke', 'bintang 1', 'bintang satu', 'review jelek', 'ulasan buruk', 'ulasan jelek', 'kasih bintang 1', 'chargeback', 'bank saya', 'komplain ke bank'],
    anger: ['parah', 'parah banget', 'kecewa berat', 'terburuk', 'paling buruk', 'nipu', 'penipu', 'penipuan', 'tipu', 'maling', 'gak becus', 'ga becus', 'tidak becus', 'keterlaluan', 'konyol', 'gak masuk akal', 'kapok', 'gak lagi lagi', 'ogah', 'kesel', 'kesal', 'marah', 'emosi', 'anjing', 'anjir', 'bangsat', 'sialan', 'brengsek', 'goblok', 'bego', 'tolol', 'sampah', 'jelek banget'],
    sarcasm: ['mantap banget ... ya', 'hebat banget', 'makasih loh', 'bagus banget pelayanannya', 'selamat ya'],
    disappointed: ['kecewa', 'gak puas', 'tidak puas', 'nggak puas', 'sedih', 'jutek', 'kasar', 'gak sopan', 'tidak sopan', 'gak dibales', 'ga dibales', 'nggak dibales', 'tidak dibalas', 'gak direspon', 'slow respon', 'gak ada jawaban', 'beda sama yang di foto', 'beda dengan foto', 'gak sesuai foto', 'tidak sesuai foto', 'gak sesuai gambar', 'tidak sesuai', 'gak sesuai', 'kualitas jelek', 'kualitas buruk', 'kualitasnya jelek', 'harga turun', 'turun harga', 'lebih murah sekarang', 'komplain', 'keluhan'],
    botFrustration: ['bot ... gak ngerti', 'bot ... tidak mengerti', 'gak nyambung'],
    negative: ['masalah', 'kendala', 'sayangnya', 'khawatir', 'bingung', 'kenapa', 'belum juga', 'kok'],
    returns: ['tukar', 'ditukar', 'ganti', 'retur', 'refund', 'pengembalian', 'balikin uang', 'retur', 'return', 'balikin', 'kembalikan', 'dikembalikan', 'pengembalian', 'refund', 'uang kembali', 'uang saya', 'duit', 'tukar', 'ditukar', 'minta ganti', 'ganti yang baru', 'tukar barang', 'diganti', 'ganti baru', 'servis', 'perbaikan', 'diperbaiki', 'garansi*', 'klaim', 'cancel', 'batal*', 'pembatalan', 'kepotong dua kali', 'ditarik dua kali', 'bayar dua kali', 'double bayar'],
    replacement: ['kirim ulang', 'kirimin yang baru', 'kirim yang baru', 'kirim part', 'kirimkan sparepart', 'sparepart'],
    shipping: ['pengiriman', 'kirim', 'dikirim', 'ngirim', 'paket*', 'kurir', 'ekspedisi', 'resi', 'lacak', 'tracking', 'jne', 'j t', 'jnt', 'sicepat', 'anteraja', 'pos indonesia', 'gudang', 'transit', 'bea cukai', 'pajak impor', 'ongkir', 'ongkos kirim', 'alamat', 'kapan sampai', 'kapan sampe', 'kapan dateng', 'kapan dikirim', 'berapa lama', 'cod'],
    delay: ['belum sampai', 'belum sampe', 'belum dateng', 'belum datang', 'belum nyampe', 'ga dateng', 'gak dateng', 'nggak dateng', 'tidak datang', 'belum terima', 'belum diterima', 'masih nunggu', 'nungguin', 'menunggu', 'telat', 'terlambat', 'lama banget', 'lambat', 'nyangkut', 'tertahan', 'gak gerak', 'nggak gerak', 'ga gerak', 'tidak bergerak', 'gak update', 'belum update', 'belum dikirim', 'mana paket', 'paketku mana', 'pesananku mana'],
    lost: ['hilang', 'ilang', 'raib', 'dicuri', 'katanya sudah diterima', 'status diterima', 'terkirim tapi', 'sudah sampai tapi belum', 'dimusnahkan'],
    lateArrival: ['baru sampai setelah', 'baru nyampe', 'akhirnya sampai', 'akhirnya datang'],
    longWait: ['sebulan', 'sebulan lebih', 'lebih dari sebulan', 'berbulan bulan', 'satu bulan'],
    product: ['cara pakai', 'cara pake', 'cara setting', 'setting', 'pasang', 'instal', 'connect', 'konek', 'pairing', 'sambungkan', 'kompatibel', 'cocok', 'muat', 'ukuran', 'ukurannya', 'size', 'true to size', 'pake nomor', 'manual', 'petunjuk', 'baterai', 'batre', 'charger', 'casan', 'tahan air', 'waterproof', 'bahan', 'bahannya', 'dicuci', 'termasuk', 'ready', 'ready stok', 'stok', 'warna', 'rekomendasi', 'bedanya', 'bisa pakai', 'bisa pake', 'remote'],
    connectIssue: ['gak bisa connect', 'gak konek', 'ga konek', 'nggak konek', 'tidak bisa terhubung', 'gak bisa pairing', 'gak kedetect', 'tidak terdeteksi', 'putus putus'],
    askFix: ['gimana cara benerin', 'cara benerin', 'cara memperbaiki', 'gimana solusinya', 'solusinya', 'harus gimana', 'gimana ya', 'normal gak', 'normal nggak', 'apakah normal', 'aman gak', 'aman nggak', 'apakah aman', 'masih bisa dipake', 'tolong dicek'],
    tried: ['udah coba', 'sudah coba', 'sudah dicoba', 'udah dicoba', 'reset', 'direset', 'restart', 'kabel lain', 'tetep aja', 'tetap saja', 'masih sama'],
    admin: ['invoice', 'faktur', 'nota', 'kwitansi', 'akun', 'password', 'kata sandi', 'login', 'berhenti langganan', 'unsubscribe', 'hapus akun', 'data pribadi', 'email'],
    storeInfo: ['toko offline', 'toko fisik', 'offline store', 'cabang', 'jam buka', 'lowongan', 'loker', 'rekrut', 'kode promo', 'promo', 'diskon', 'voucher', 'kupon', 'flash sale', 'gift card', 'metode pembayaran', 'cara bayar', 'bayar pakai', 'paylater', 'cicilan', 'grosir', 'reseller', 'dropship', 'kerja sama', 'kerjasama'],
    suggestion: ['sebaiknya', 'mending', 'saran', 'usul', 'tolong tambahin', 'coba tambahin', 'semoga ada', 'kalau ada', 'bakal lebih'],
    thanks: ['terima kasih', 'terimakasih', 'makasih', 'makasi', 'trims', 'thx', 'thanks', 'tengkyu', 'tq'],
    praise: ['mantap', 'mantul', 'keren', 'bagus', 'bagus banget', 'cakep', 'puas', 'suka banget', 'sesuai pesanan', 'fast respon', 'fast response', 'cepat', 'cepet', 'ramah', 'top', 'recommended', 'rekomen', 'love'],
    greeting: ['halo', 'hai', 'hallo', 'pagi', 'siang', 'sore', 'malam', 'kak', 'min', 'gan', 'sis', 'permisi', 'assalamualaikum'],
    question: ['gimana', 'bagaimana', 'kapan', 'dimana', 'di mana', 'kenapa', 'mengapa', 'berapa', 'apakah', 'apa', 'bisa gak', 'bisa nggak', 'bisa ga', 'boleh'],
    human: [
      ...ASK.flatMap((ask) => PERSON.map((person) => `${ask} ... ${person}`)),
      'cs manusia', 'admin manusia', 'orang asli', 'manusia asli', 'petugas asli', 'live chat', 'tolong sambungkan cs',
    ],
    noHuman: ['gak perlu', 'tidak perlu', 'nggak perlu', 'ga perlu', 'gak perlu ... cs', 'nggak perlu ... cs', 'tidak perlu ... cs', 'gak usah ... cs', 'gak perlu ... admin', 'tidak perlu ... operator', 'gak usah disambungkan'],
  },
  waitUnits: { day: ['hari'], week: ['minggu'], month: ['bulan'] },
  numbers: { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6 },
};
