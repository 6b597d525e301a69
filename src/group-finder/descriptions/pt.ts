// The bundled groups' descriptions in pt, by the group's name (src/group-finder/default-groups.ts).
// Loaded on demand when the group finder shows the bundled list in this language.
export default {
  "United We Dream": "A maior rede dos Estados Unidos liderada por jovens imigrantes. Mantém a linha MigraWatch para denunciar batidas de imigração e pedir ajuda, guias “Conheça seus direitos” e recursos sobre o DACA; tem grupos locais em todo o país.",
  "National Immigration Legal Services Directory (Immigration Advocates Network)": "Diretório pesquisável de serviços jurídicos de imigração sem fins lucrativos em todos os estados, por CEP (ZIP code), idioma e tipo de ajuda.",
  "Catholic Legal Immigration Network (CLINIC)": "Uma rede nacional de programas jurídicos de imigração afiliados, sem fins lucrativos; o diretório de afiliados lista os programas perto de você.",
  "Informed Immigrant": "Guias “Conheça seus direitos” e um diretório de apoio local para imigrantes e suas famílias.",
  "National Immigration Law Center": "Defende e promove os direitos de imigrantes de baixa renda por meio de ações judiciais, trabalho em políticas públicas e materiais “Conheça seus direitos”. Não aceita casos individuais.",
  "Immigrant Legal Resource Center": "Capacita e apoia advogados, profissionais jurídicos e ativistas, e publica materiais “Conheça seus direitos”, como os cartões vermelhos. Não aceita casos individuais.",
  "Freedom for Immigrants": "Uma rede nacional de programas de voluntários que visitam pessoas em detenção migratória, e uma linha telefônica para pessoas detidas.",
  "National Bail Fund Network (Community Justice Exchange)": "Uma rede de fundos comunitários de fiança, criminal e de imigração, mantida pela Community Justice Exchange; o diretório lista os fundos por estado.",
  "UndocuBlack Network": "Uma rede multigeracional de pessoas negras que estão ou estiveram sem documentos, que atua por seus direitos e bem-estar.",
  "Black Alliance for Just Immigration": "Organiza comunidades afro-americanas e de imigrantes negros pela justiça racial e pelos direitos dos migrantes.",
  "Mijente": "Um centro nacional de organização latinx e chicanx; faz campanhas contra deportações e detenção, com membros locais em todo o país.",
  "Church World Service": "Uma organização humanitária religiosa. O governo dos EUA encerrou seus acordos de reassentamento de refugiados em 2025; a CWS continua ajudando refugiados e imigrantes que já estão aqui, inclusive com serviços jurídicos de imigração em alguns de seus escritórios nos EUA.",
  "HIAS": "Uma organização humanitária judaica que protege refugiados e solicitantes de asilo. O reassentamento de refugiados nos EUA foi suspenso em 2025; a HIAS continua oferecendo ajuda jurídica e trabalha com parceiros locais.",
  "RAICES": "Centro de Educação e Serviços Jurídicos para Refugiados e Imigrantes: serviços jurídicos de imigração gratuitos e de baixo custo no Texas, e ajuda com fiança para pessoas detidas.",
} as Record<string, string>;
