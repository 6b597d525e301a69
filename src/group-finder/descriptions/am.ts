// The bundled groups' descriptions in am, by the group's name (src/group-finder/default-groups.ts).
// Loaded on demand when the group finder shows the bundled list in this language.
export default {
  "United We Dream": "በአሜሪካ ውስጥ በወጣት ስደተኞች ራሳቸው የሚመራ ትልቁ መረብ። የኢሚግሬሽን ወረራዎችን ሪፖርት ለማድረግና እርዳታ ለማግኘት MigraWatch የተባለ ሆትላይን፣ የ“መብቶችዎን ይወቁ” መመሪያዎችንና ስለ DACA መረጃ ይሰጣል፤ በመላ አገሪቱ የአካባቢ ቡድኖች አሉት።",
  "National Immigration Legal Services Directory (Immigration Advocates Network)": "በሁሉም ስቴቶች ያሉ ለትርፍ ያልተቋቋሙ የኢሚግሬሽን የሕግ አገልግሎቶችን በZIP ኮድ፣ በቋንቋና በእርዳታ ዓይነት ለመፈለግ የሚያስችል ማውጫ።",
  "Catholic Legal Immigration Network (CLINIC)": "ለትርፍ ያልተቋቋሙ የኢሚግሬሽን የሕግ ፕሮግራሞች አገር አቀፍ መረብ፤ የአባላቱ ማውጫ በአቅራቢያዎ ያሉ ፕሮግራሞችን ያሳያል።",
  "Informed Immigrant": "የ“መብቶችዎን ይወቁ” መመሪያዎችና ለስደተኞችና ለቤተሰቦቻቸው የአካባቢ ድጋፍ ማውጫ።",
  "National Immigration Law Center": "በፍርድ ቤት ክሶች፣ በፖሊሲ ሥራና በ“መብቶችዎን ይወቁ” ጽሑፎች ዝቅተኛ ገቢ ያላቸውን ስደተኞች መብቶች ይከላከላል፣ ያስፋፋልም። የግለሰብ ጉዳዮችን አይይዝም።",
  "Immigrant Legal Resource Center": "ጠበቆችን፣ የሕግ ሠራተኞችንና ተሟጋቾችን ያሠለጥናል፣ ይደግፋልም፤ እንደ ቀይ ካርዶቹ ያሉ የ“መብቶችዎን ይወቁ” ጽሑፎችን ያሳትማል። የግለሰብ ጉዳዮችን አይይዝም።",
  "Freedom for Immigrants": "በኢሚግሬሽን እስር ላይ ያሉ ሰዎችን የሚጎበኙ የበጎ ፈቃደኞች ፕሮግራሞች አገር አቀፍ መረብ፣ እንዲሁም ለታሳሪዎች ሆትላይን።",
  "National Bail Fund Network (Community Justice Exchange)": "የማኅበረሰብ የዋስትና ፈንዶችና የኢሚግሬሽን ቦንድ ፈንዶች መረብ፣ በCommunity Justice Exchange የሚስተናገድ፤ ማውጫው ፈንዶቹን በስቴት ያሳያል።",
  "UndocuBlack Network": "አሁን ወይም ቀደም ሲል ሕጋዊ ሰነድ ያልነበራቸው ጥቁር ሰዎችን ያቀፈ፣ ብዙ ትውልዶችን የሚያካትት መረብ፤ ለመብቶቻቸውና ለደህንነታቸው ይሠራል።",
  "Black Alliance for Just Immigration": "አፍሪካ-አሜሪካውያንንና ጥቁር ስደተኛ ማኅበረሰቦችን ለዘር ፍትሕና ለስደተኞች መብቶች ያደራጃል።",
  "Mijente": "የላቲን አሜሪካውያን (Latinx እና Chicanx) አገር አቀፍ የማደራጃ ማዕከል፤ ከአገር ማባረርንና እስርን የሚቃወሙ ዘመቻዎችን ያካሂዳል፣ በመላ አገሪቱ የአካባቢ አባላት አሉት።",
  "Church World Service": "የእምነት ሰብዓዊ ድርጅት። በ2025 የአሜሪካ መንግሥት የስደተኞች መልሶ ማቋቋሚያ ስምምነቶቹን አቋርጧል፤ CWS ግን እዚህ ያሉ ስደተኞችንና ኢሚግራንቶችን መርዳቱን ይቀጥላል፣ በአንዳንድ የአሜሪካ ቢሮዎቹ የኢሚግሬሽን የሕግ አገልግሎቶችንም ጨምሮ።",
  "HIAS": "ስደተኞችንና ጥገኝነት ጠያቂዎችን የሚከላከል የአይሁድ ሰብዓዊ ድርጅት። በአሜሪካ የስደተኞች መልሶ ማቋቋም በ2025 ቆሟል፤ HIAS ግን የሕግ እርዳታ መስጠቱን ይቀጥላል፣ ከአካባቢ አጋሮችም ጋር ይሠራል።",
  "RAICES": "የስደተኞችና የኢሚግራንቶች የትምህርትና የሕግ አገልግሎቶች ማዕከል: በቴክሳስ ነጻና ዝቅተኛ ዋጋ ያላቸው የኢሚግሬሽን የሕግ አገልግሎቶች፣ ለታሳሪዎችም የቦንድ እርዳታ።",
} as Record<string, string>;
