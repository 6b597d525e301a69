// The bundled groups' descriptions in ko, by the group's name (src/group-finder/default-groups.ts).
// Loaded on demand when the group finder shows the bundled list in this language.
export default {
  "United We Dream": "미국 최대의 이민자 청년 주도 네트워크입니다. 이민 단속을 신고하고 도움을 받을 수 있는 MigraWatch 핫라인, ‘내 권리 알기’ 안내서, DACA 자료를 제공하며 전국에 지역 단체가 있습니다.",
  "National Immigration Legal Services Directory (Immigration Advocates Network)": "모든 주의 비영리 이민 법률 서비스를 우편번호(ZIP), 언어, 도움 종류별로 검색할 수 있는 목록입니다.",
  "Catholic Legal Immigration Network (CLINIC)": "비영리 이민 법률 프로그램 회원 기관들의 전국 네트워크이며, 회원 기관 목록에서 가까운 프로그램을 찾을 수 있습니다.",
  "Informed Immigrant": "‘내 권리 알기’ 안내서와 이민자 및 그 가족을 위한 지역 지원 목록을 제공합니다.",
  "National Immigration Law Center": "소송, 정책 활동, ‘내 권리 알기’ 자료를 통해 저소득 이민자의 권리를 지키고 넓힙니다. 개인 사건은 맡지 않습니다.",
  "Immigrant Legal Resource Center": "변호사, 법률 실무자, 옹호 활동가를 교육하고 지원하며, 레드 카드 같은 ‘내 권리 알기’ 자료를 펴냅니다. 개인 사건은 맡지 않습니다.",
  "Freedom for Immigrants": "이민 구금 시설에 있는 사람들을 방문하는 자원봉사 프로그램의 전국 네트워크이며, 구금된 사람들을 위한 핫라인도 운영합니다.",
  "National Bail Fund Network (Community Justice Exchange)": "형사 보석금과 이민 보석금을 내 주는 지역사회 기금의 네트워크로, Community Justice Exchange가 운영하며 목록에서 주별 기금을 찾을 수 있습니다.",
  "UndocuBlack Network": "현재 또는 과거에 서류 미비 상태였던 흑인들의 여러 세대에 걸친 네트워크로, 이들의 권리와 안녕을 위해 활동합니다.",
  "Black Alliance for Just Immigration": "인종 정의와 이주민 권리를 위해 아프리카계 미국인과 흑인 이민자 공동체를 조직합니다.",
  "Mijente": "라틴계(Latinx)와 치카노(Chicanx)의 전국 조직 허브로, 추방과 구금에 반대하는 캠페인을 펼치며 전국에 지역 회원이 있습니다.",
  "Church World Service": "신앙에 기반한 인도주의 단체입니다. 미국 정부는 2025년에 이 단체와의 난민 정착 협약을 끝냈지만, CWS는 이미 미국에 있는 난민과 이민자를 계속 돕고 있으며 일부 미국 사무소에서는 이민 법률 서비스도 제공합니다.",
  "HIAS": "난민과 망명 신청자를 보호하는 유대계 인도주의 단체입니다. 미국의 난민 정착은 2025년에 중단되었지만, HIAS는 계속 법률 지원을 제공하고 지역 협력 기관과 함께 일합니다.",
  "RAICES": "난민·이민자 교육 및 법률 서비스 센터: 텍사스에서 무료 및 저비용 이민 법률 서비스를 제공하고, 구금된 사람들의 보석금 마련을 돕습니다.",
} as Record<string, string>;
