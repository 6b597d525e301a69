// The bundled groups' descriptions in ti, by the group's name (src/group-finder/default-groups.ts).
// Loaded on demand when the group finder shows the bundled list in this language.
export default {
  "United We Dream": "ኣብ ሕቡራት መንግስታት ኣሜሪካ ዝዓበየ ብመንእሰያት ስደተኛታት ባዕሎም ዝምራሕ መርበብ። ወራራት ኢሚግሬሽን ንምሕባርን ሓገዝ ንምርካብን MigraWatch ዝብሃል ሆትላይን፣ መምርሒታት “መሰላትኩም ፍለጡ”ን ብዛዕባ DACA ሓበሬታን ይህብ፤ ኣብ መላእ ሃገር ከባቢያዊ ጉጅለታት ኣለዎ።",
  "National Immigration Legal Services Directory (Immigration Advocates Network)": "ኣብ ኩሉ ስቴት ዘለዉ ዘይመኽሰባዊ ሕጋዊ ኣገልግሎታት ኢሚግሬሽን ዝድለዩሉ ዝርዝር፣ ብZIP ኮድ፣ ብቋንቋን ብዓይነት ሓገዝን።",
  "Catholic Legal Immigration Network (CLINIC)": "ሃገራዊ መርበብ ዘይመኽሰባዊ ሕጋዊ መደባት ኢሚግሬሽን፤ ዝርዝር ኣባላቱ ኣብ ጥቓኹም ዘለዉ መደባት የርኢ።",
  "Informed Immigrant": "መምርሒታት “መሰላትኩም ፍለጡ”፣ ንስደተኛታትን ስድራቤቶምን ድማ ዝርዝር ከባቢያዊ ደገፍ።",
  "National Immigration Law Center": "ብጉዳያት ቤት ፍርዲ፣ ብስራሕ ፖሊሲን ብሰነዳት “መሰላትኩም ፍለጡ”ን መሰላት ትሑት ኣታዊ ዘለዎም ስደተኛታት ይከላኸልን የስፍሕን። ውልቃዊ ጉዳያት ኣይሕዝን።",
  "Immigrant Legal Resource Center": "ንጠበቓታት፣ ሕጋዊ ሰራሕተኛታትን ተሟገትትን የሰልጥንን ይድግፍን፣ ከም ቀይሕ ካርድ ዝኣመሰሉ ሰነዳት “መሰላትኩም ፍለጡ” ድማ የሕትም። ውልቃዊ ጉዳያት ኣይሕዝን።",
  "Freedom for Immigrants": "ኣብ ማእሰርቲ ኢሚግሬሽን ንዘለዉ ሰባት ዝበጽሑ መደባት ወለንተኛታት ዘጠቓልል ሃገራዊ መርበብ፣ ንእሱራት ድማ ሆትላይን።",
  "National Bail Fund Network (Community Justice Exchange)": "መርበብ ማሕበረሰባዊ ፈንድታት ውሕስናን ፈንድታት ቦንድ ኢሚግሬሽንን፣ ብCommunity Justice Exchange ዝመሓደር፤ ዝርዝሩ ፈንድታት ብስቴት የርኢ።",
  "UndocuBlack Network": "ሕጂ ወይ ቀደም ብዘይ ሕጋዊ ወረቓቕቲ ዝነበሩ ጸለምቲ ሰባት ዝሓቖፈ ብዙሕ ወለዶታት ዘለዎ መርበብ፣ ንመሰላቶምን ደሓንነቶምን ዝሰርሕ።",
  "Black Alliance for Just Immigration": "ንኣፍሪቃውያን ኣሜሪካውያንን ጸለምቲ ስደተኛታትን ንፍትሒ ዓሌትን መሰላት ስደተኛታትን የወድቦም።",
  "Mijente": "ሃገራዊ ማእከል ውደባ ላቲን ኣሜሪካውያን (Latinx ን Chicanx ን)፤ ኣንጻር ምስጓግን ማእሰርትን ዘመተታት የካይድ፣ ኣብ መላእ ሃገር ከባቢያዊ ኣባላት ኣለዎ።",
  "Church World Service": "ሃይማኖታዊ ሰብኣዊ ትካል። ኣብ 2025 መንግስቲ ኣሜሪካ ናይ ስደተኛታት ምጥያስ ስምምዓቱ ኣቋሪጹ፤ CWS ግን ኣብዚ ንዘለዉ ስደተኛታትን ኢሚግራንትን ምሕጋዝ ይቕጽል፣ ኣብ ገለ ቤት ጽሕፈታቱ ኣብ ኣሜሪካ ሕጋዊ ኣገልግሎት ኢሚግሬሽን ሓዊሱ።",
  "HIAS": "ንስደተኛታትን ሓተትቲ ዑቕባን ዝከላኸል ኣይሁዳዊ ሰብኣዊ ትካል። ኣብ 2025 ምጥያስ ስደተኛታት ኣብ ኣሜሪካ ደው ኢሉ፤ HIAS ግን ሕጋዊ ሓገዝ ምሃብ ይቕጽል፣ ምስ ከባቢያዊ መሻርኽቲ ድማ ይሰርሕ።",
  "RAICES": "ማእከል ትምህርትን ሕጋዊ ኣገልግሎትን ንስደተኛታትን ኢሚግራንትን: ኣብ ቴክሳስ ናጻን ሕሳር ዋጋን ሕጋዊ ኣገልግሎት ኢሚግሬሽን፣ ንእሱራት ድማ ሓገዝ ቦንድ።",
} as Record<string, string>;
