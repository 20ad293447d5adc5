import type { TriageRules } from './types.js';

// "quero falar com um atendente", "me passa pra um humano": a verb of asking, then a person.
const ASK = ['falar com', 'fala com', 'conversar com', 'passa pra', 'passa para', 'me passa', 'me transfere', 'transferir para', 'transferir pra', 'chamar um', 'chama um', 'quero um', 'quero uma', 'preciso de um', 'preciso de uma', 'contato com'];
const PERSON = ['humano', 'humana', 'pessoa', 'atendente*', 'agente', 'operador*', 'gerente', 'supervisor*', 'responsavel', 'consultor*', 'alguem', 'funcionario', 'representante'];

export const rules: TriageRules = {
  lang: 'pt-BR',
  scripts: ['Latin'],
  match: 'words',
  apostrophe: 'join',
  cues: {
    damage: ['quebrad*', 'quebrou', 'trincad*', 'rachad*', 'rachou', 'danificad*', 'avariad*', 'riscad*', 'arranhad*', 'amassad*', 'lascad*', 'rasgad*', 'rasgou', 'furad*', 'vazando', 'vazou', 'vazament*', 'manchad*', 'torto', 'torta', 'entortad*', 'em pedacos', 'despedacad*', 'estragad*', 'enferrujad*', 'descosturad*', 'descolou', 'soltou'],
    defect: ['defeito*', 'defeituos*', 'nao funciona', 'não funciona', 'parou de funcionar', 'nao liga', 'não liga', 'nao carrega', 'nao esquenta', 'nao aquece', 'desliga sozinh*', 'reinicia sozinh*', 'travando', 'trava', 'pisca', 'piscando', 'sem som', 'chiado', 'barulho estranho', 'fazendo barulho', 'pixel morto', 'pixels mortos', 'morreu', 'pifou', 'queimou', 'com problema', 'nao fecha', 'nao abre', 'porcaria', 'lixo'],
    wrongItem: ['errado', 'errada', 'trocado', 'trocada', 'produto errado', 'tamanho errado', 'cor errada', 'nao e o que eu pedi', 'nao foi o que eu pedi', 'outro modelo', 'outra cor', 'outro tamanho', 'em vez de', 'ao inves de', 'no lugar de', 'parece usado', 'parece usada', 'ja usado', 'falsificad*', 'falso', 'falsa', 'replica', 'incomplet*', 'faltando peca*', 'faltou peca', 'faltando parafuso*', 'sem os parafusos', 'sem parafuso*', 'veio sem', 'chegou sem', 'faltando'],
    missingItem: ['so chegou ... de', 'so chegaram ... de', 'faltou um item', 'faltou um produto', 'faltando um item', 'faltando um produto', 'item faltando', 'nao veio na caixa', 'cade o resto', 'cade o outro', 'onde esta o resto'],
    safety: ['fumaca', 'cheiro de queimado', 'queimado', 'queimou minha', 'faisca*', 'superaquec*', 'esquenta muito', 'muito quente', 'derreteu', 'derretid*', 'choque', 'deu choque', 'fogo', 'pegou fogo', 'explodiu', 'estufad*', 'perigos*', 'alergia', 'toxico'],
    notDefect: ['pedi errado', 'comprei errado', 'escolhi errado', 'me enganei', 'por engano', 'problema resolvido', 'tudo resolvido', 'nao esta quebrad*', 'nao quebrou', 'sem defeito', 'nao tem defeito', 'nao e defeito', 'funciona bem', 'funcionando perfeitamente', 'sem problema*', 'rastreio ... nao funciona', 'codigo ... nao funciona', 'cupom ... nao funciona', 'link ... nao funciona', 'site ... nao funciona'],
    packaging: ['caixa ... amassada', 'caixa ... danificada', 'caixa ... rasgada', 'caixa ... rasgou', 'embalagem ... danificada', 'embalagem ... rasgada', 'embalagem ... amassada', 'mal embalad*'],
    threat: ['procon', 'reclame aqui', 'reclameaqui', 'consumidor gov', 'consumidor.gov', 'advogad*', 'processar', 'justica', 'entrar com processo', 'abrir processo', 'pequenas causas', 'juizado', 'policia', 'boletim de ocorrencia', 'chargeback', 'contestar ... cartao', 'contestar a compra', 'contestacao', 'meu banco', 'avaliacao negativa', 'avaliar mal', '1 estrela', 'uma estrela', 'expor ... redes', 'nas redes sociais', 'denunciar'],
    anger: ['pessim*', 'horrivel', 'o pior', 'a pior', 'ridicul*', 'golpe', 'golpistas', 'fraude', 'ladroes', 'roubo', 'absurdo', 'inaceitavel', 'vergonha', 'palhacada', 'descaso', 'desrespeito', 'lixo de', 'nunca mais', 'to de saco cheio', 'saco cheio', 'cansad*', 'revoltad*', 'indignad*', 'furios*', 'puto', 'puta', 'porra', 'merda', 'caralho', 'vsf', 'incompetent*', 'uma piada', 'sacanagem'],
    sarcasm: ['parabens pelo', 'que beleza', 'otimo servico ... so', 'obrigado por nada', 'obrigada por nada', 'show de bola ... so', 'maravilha ... so que', 'muito rapido ... so', 'claro ne'],
    disappointed: ['decepcion*', 'decepcao', 'chatead*', 'insatisfeit*', 'nao gostei', 'pena', 'que pena', 'triste', 'mal educad*', 'grosseir*', 'grosso', 'grossa', 'desligou na minha cara', 'ninguem responde', 'ninguem me responde', 'sem resposta', 'nao respondem', 'nao me respondem', 'diferente da foto', 'nao parece com a foto', 'nada a ver com a foto', 'qualidade ruim', 'ma qualidade', 'baixa qualidade', 'qualidade ... caiu', 'preco baixou', 'baixou o preco', 'ta mais barato', 'reclamacao', 'reclamar'],
    botFrustration: ['robo ... nao entende', 'bot ... nao entende', 'nao entende nada', 'robo ... inutil'],
    negative: ['problema', 'infelizmente', 'preocupad*', 'frustrad*', 'chato', 'ainda nao', 'o que houve', 'o que aconteceu', 'ta chorando', 'esta chorando', 'sinceramente'],
    returns: ['devolu*', 'devolver', 'devolvo', 'reembols*', 'estorno', 'estornar', 'meu dinheiro', 'dinheiro de volta', 'troca', 'trocar', 'troco', 'substitu*', 'peca de reposicao', 'consertar', 'conserto', 'reparo', 'garantia', 'assistencia tecnica', 'cancelar', 'cancelamento', 'cancela', 'cobrado duas vezes', 'cobranca duplicada', 'cobraram duas vezes', 'cobrança em dobro'],
    replacement: ['mandar outro', 'mandem outro', 'enviar outro', 'enviem outro', 'um novo', 'uma nova', 'mandar a peca', 'enviar a peca', 'mandar os parafusos', 'enviar os parafusos'],
    shipping: ['entrega', 'entregar', 'envio', 'enviar', 'enviaram', 'enviado', 'frete', 'rastreio', 'rastreamento', 'codigo de rastreio', 'transportadora', 'correios', 'sedex', 'jadlog', 'loggi', 'alfandega', 'taxa de importacao', 'taxado', 'imposto', 'retirada', 'retirar na loja', 'meu pedido', 'o pedido', 'quando chega', 'quando vai chegar', 'previsao', 'prazo', 'endereco', 'despach*', 'postagem', 'postado'],
    delay: ['nao chegou', 'ainda nao chegou', 'nunca chegou', 'nao recebi', 'ainda nao recebi', 'nunca recebi', 'to esperando', 'estou esperando', 'esperando', 'atrasad*', 'atraso', 'demora*', 'parado', 'parada', 'travado', 'sem atualizacao', 'nao atualiza', 'cade meu', 'cade minha', 'cade o', 'onde esta meu', 'onde esta minha', 'aguardando postagem', 'nao foi enviado', 'nao saiu'],
    lost: ['extraviad*', 'perdid*', 'perderam', 'sumiu', 'roubad*', 'consta como entregue', 'aparece entregue', 'diz que foi entregue', 'entregue mas', 'destruid*'],
    lateArrival: ['demorou ... semanas', 'demorou ... dias', 'chegou atrasad*', 'chegou com atraso', 'finalmente chegou'],
    longWait: ['um mes', 'mais de um mes', 'meses', 'mes e meio'],
    product: ['como usa', 'como usar', 'como faco', 'como configur*', 'configurar', 'instalar', 'conectar', 'parear', 'emparelhar', 'compativel', 'funciona com', 'serve em', 'serve para', 'tamanho', 'tamanhos', 'qual tamanho', 'medida*', 'tabela de medidas', 'manual', 'instrucoes', 'bateria', 'carregador', 'bivolt', 'voltagem', '110v', '220v', 'a prova d agua', 'prova dagua', 'material', 'lava loucas', 'microondas', 'lavar', 'vem com', 'acompanha', 'tem estoque', 'disponivel', 'recomendam', 'diferenca entre', 'da pra', 'posso usar'],
    connectIssue: ['nao conecta', 'nao parea', 'nao pareia', 'nao sincroniza', 'nao reconhece', 'nao consigo conectar', 'nao consigo parear', 'desconecta'],
    askFix: ['como ... resolver', 'como ... arrumar', 'como ... consertar', 'o que eu faco', 'o que faco', 'o que fazer', 'e normal', 'isso e normal', 'e seguro', 'posso continuar usando', 'alguma dica', 'alguma solucao', 'defeito ou', 'podem verificar'],
    tried: ['ja tentei', 'tentei', 'resetei', 'reiniciei', 'reset', 'restaurei', 'outro cabo', 'continua igual', 'nada resolveu', 'nao adiantou'],
    admin: ['nota fiscal', 'minha conta', 'cor', 'cores', 'nf', 'recibo', 'senha', 'login', 'descadastrar', 'cancelar inscricao', 'newsletter', 'excluir minha', 'apagar minha', 'meus dados', 'lgpd', 'email'],
    storeInfo: ['loja fisica', 'loja', 'horario', 'vaga*', 'emprego', 'trabalhar com voces', 'curriculo', 'cupom*', 'desconto*', 'promocao', 'black friday', 'vale presente', 'cartao presente', 'formas de pagamento', 'forma de pagamento', 'pix', 'boleto', 'parcelar', 'parcelamento', 'atacado', 'parceria'],
    suggestion: ['voces deveriam', 'deveriam', 'seria bom', 'seria legal', 'seria otimo', 'sugestao', 'sugiro', 'poderiam colocar', 'poderiam adicionar'],
    thanks: ['obrigad*', 'obg', 'brigad*', 'valeu', 'vlw', 'agradeco', 'grato', 'grata'],
    praise: ['amei', 'adorei', 'show', 'otimo', 'otima', 'excelente', 'perfeit*', 'maravilhos*', 'incrivel', 'lindo', 'linda', 'top', 'sensacional', 'muito bom', 'muito boa', 'parabens', 'rapido', 'rapida', 'atenciosos', 'atenciosa'],
    greeting: ['oi', 'ola', 'bom dia', 'boa tarde', 'boa noite', 'e ai'],
    question: ['como', 'quando', 'onde', 'cade', 'por que', 'qual', 'quanto', 'posso', 'voces tem', 'tem como', 'da pra'],
    human: [
      ...ASK.flatMap((ask) => PERSON.map((person) => `${ask} ... ${person}`)),
      'atendente humano', 'atendimento humano', 'pessoa real', 'humano de verdade', 'um humano', 'atendente real', 'com alguem de verdade',
    ],
    noHuman: ['nao precisa ... atendente', 'nao precisa ... humano', 'nao precisa transferir', 'nao preciso ... atendente', 'nao preciso ... humano', 'sem precisar de atendente'],
  },
  waitUnits: { day: ['dia', 'dias'], week: ['semana', 'semanas'], month: ['mes', 'meses'] },
  numbers: { quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10 },
};
