// The bundled groups' descriptions in zh-Hans, by the group's name (src/group-finder/default-groups.ts).
// Loaded on demand when the group finder shows the bundled list in this language.
export default {
  "United We Dream": "美国最大的由移民青年主导的网络。运营 MigraWatch 热线，用于举报移民突袭并寻求帮助；提供“了解您的权利”指南和 DACA 资源；全国各地都有地方团体。",
  "National Immigration Legal Services Directory (Immigration Advocates Network)": "可搜索的全美各州非营利移民法律服务名录，可按邮政编码、语言和帮助类型查找。",
  "Catholic Legal Immigration Network (CLINIC)": "全国性的非营利移民法律项目成员网络；其成员名录列出您附近的项目。",
  "Informed Immigrant": "“了解您的权利”指南，以及为移民及其家人提供的本地支持名录。",
  "National Immigration Law Center": "通过诉讼、政策工作和“了解您的权利”资料，捍卫并推进低收入移民的权利。不受理个人案件。",
  "Immigrant Legal Resource Center": "培训和支持律师、法律工作者和倡导者，并出版红卡等“了解您的权利”资料。不受理个人案件。",
  "Freedom for Immigrants": "全国性的志愿者探访项目网络，探访被移民拘留的人，并为被拘留者设有热线。",
  "National Bail Fund Network (Community Justice Exchange)": "社区保释金和移民保证金基金的网络，由 Community Justice Exchange 主办；其名录按州列出各基金。",
  "UndocuBlack Network": "由现为或曾为无证身份的黑人组成的跨代网络，为他们的权利和福祉而努力。",
  "Black Alliance for Just Immigration": "组织非裔美国人和黑人移民社区，争取种族正义和移民权利。",
  "Mijente": "全国性的拉丁裔和奇卡诺裔组织中心；开展反对驱逐出境和拘留的运动，在全国各地都有地方成员。",
  "Church World Service": "以信仰为基础的人道主义组织。美国政府于 2025 年终止了与其签订的难民安置协议；CWS 仍在帮助已在美国的难民和移民，其部分美国办事处还提供移民法律服务。",
  "HIAS": "保护难民和寻求庇护者的犹太人道主义组织。美国的难民安置已于 2025 年暂停；HIAS 仍提供法律援助，并与当地伙伴合作。",
  "RAICES": "难民与移民教育和法律服务中心：在得克萨斯州提供免费和低收费的移民法律服务，并帮助被拘留者缴纳保证金。",
} as Record<string, string>;
