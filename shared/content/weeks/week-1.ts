import type { Week } from '../course-types.ts';

export const week: Week = {
  number: 1,
  title: 'Hope and the recovery model',
  summary: 'Recovery is possible, and it is personal. What it means, and where you fit in.',
  minutes: 30,
  welcome: [
    "If you are here, someone you love is going through something hard. You may be tired, scared or unsure what to do next. Maybe you feel you have tried everything. That is a lot to carry, and you are not alone in it.",
    "This first week is about hope. Not the sugar-coated kind, but the real kind, based on what we know: people do get better, in their own way and in their own time. You will also look at your own part in this. It may be a lighter load than the one you carry now.",
  ],
  sections: [
    {
      id: 'recovery-is-possible',
      title: 'Recovery is possible',
      blocks: [
        "Here is something worth holding on to. Many people who live with a mental illness or a substance use problem get better. Some feel well for years at a time. Others still have hard days, but they build a life they value. Both count as recovery.",
        "Recovery does not always mean that every sign of the illness is gone. For many people, it means living well with it, or alongside it. It means having hope, a place to belong, and a say in their own life.",
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Recovery is also personal. No two paths look the same. One person finds that talking therapy helps most. Another leans on a peer group, their faith, or a steady job. One person feels better within months. For someone else, it takes years of small steps. What works for one may not work for the next.',
            ],
            'substance-use': [
              'Recovery is also personal. No two paths look the same. One person finds that talking therapy helps most. Another leans on a peer group, their faith, or a steady job. One person stops drinking or using all at once. Someone else cuts down step by step. What works for one may not work for the next.',
            ],
            both: [
              'Recovery is also personal. No two paths look the same. One person finds that talking therapy helps most. Another leans on a peer group, their faith, or a steady job. One person gets help for their mood first, and the drinking eases. Someone else cuts down step by step while they work on both. What works for one may not work for the next.',
            ],
          },
        },
        "The path is rarely a straight line. There will likely be good weeks and hard weeks. A setback does not wipe out what came before. It is a normal part of the road, not a sign that all is lost.",
        "You may not feel hopeful right now. That is all right. For now, you can let this course hold some of the hope for you.",
      ],
    },
    {
      id: 'two-models',
      title: 'Two ways of seeing: the medical model and the recovery model',
      blocks: [
        "There are two main ways to think about mental illness and substance use. They are not rivals. They work best side by side.",
        "The medical model looks at the illness. It asks: what is wrong, and how do we treat it? Doctors and other experts name the problem. Then they offer care to ease the signs of it. This care can matter a great deal. For many people, it is a key part of getting well.",
        "The recovery model looks at the whole person. It asks: what does this person want from life, and what helps them get there? It sees the person as the expert on their own life. Their hopes, strengths and choices lead the way.",
        {
          list: [
            "The medical model asks, 'What is wrong?' The recovery model also asks, 'What matters to you?'",
            'The medical model aims to ease the signs of illness. The recovery model aims for a life that feels worth living.',
            'In the medical model, the expert often decides. In the recovery model, the person and their helpers decide together.',
          ],
        },
        "This course leans on the recovery model. That does not mean that treatment is not important. It means that a person is more than the name of an illness. They are a whole person, with goals of their own.",
      ],
    },
    {
      id: 'their-own-words',
      title: 'Recovery in their own words',
      blocks: [
        "What does recovery look like? The best person to ask is the one who lives it. When people talk about their own recovery, a few things come up again and again.",
        {
          list: [
            'Hope: a sense that things can get better.',
            'Being seen as a person, not as an illness.',
            'Something to do that feels worth doing, like work, study, caring for others or making things.',
            'People to be with, who accept them as they are.',
            'A say in their own choices, including choices about their care.',
          ],
        },
        "Look at what is on this list. Most of it is about a good life, not just fewer symptoms.",
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Your idea of recovery for {person} may not match theirs. You may hope every sign of the illness goes away, while they want to feel less alone first. You may want them back at work, while they want to sleep through the night. That gap is normal. It does not mean that either of you is wrong.',
              "Words matter here too. Some people say they are 'in recovery'. Others say 'well', 'doing better' or 'getting there'. Some do not want a label at all. When you can, use their words.",
            ],
            'substance-use': [
              'Your idea of recovery for {person} may not match theirs. You may hope they stop drinking or using for good, while they want to cut down first. You may want them back at work, while they want to sleep through the night. That gap is normal. It does not mean that either of you is wrong.',
              "Words matter here too. Some people say they are 'in recovery'. Others say 'sober', 'not drinking', 'cutting back' or 'getting there'. Some do not want a label at all. When you can, use their words.",
            ],
            both: [
              'Your idea of recovery for {person} may not match theirs. You may hope they stop drinking and feel well again, while they want to cut down first. You may want them back at work, while they want to sleep through the night. That gap is normal. It does not mean that either of you is wrong.',
              "Words matter here too. Some people say they are 'in recovery'. Others say 'sober', 'well' or 'getting there'. Some do not want a label at all. When you can, use their words.",
            ],
          },
        },
        "If the time feels right, you might ask: 'What would a good day look like for you?' Then just listen. Their answer is a good place to start.",
      ],
    },
    {
      id: 'support-not-control',
      title: 'Your part: support, not control',
      blocks: [
        "When someone we love is struggling, we want to fix it. We may plead, check up, set rules or take over. This comes from love. But it often leaves both people worn out and further apart.",
        'Many families find comfort in four short lines:',
        {
          list: ['You did not cause it.', 'You cannot control it.', 'You cannot cure it.', 'And you can still help.'],
        },
        "You did not cause what {person} is going through. Many things play a part, such as genes, stress, hard life events and the way the brain works. No one is to blame here: not you, not them, and not anyone else in the family.",
        "You cannot control it or cure it. Their recovery belongs to them. Trying to run it for them tends to lead to fights and hiding.",
        "But you can still help, and your help counts. You can stay in touch. You can listen. You can learn about what they face. You can cheer on the steps they choose. You can look after your own health, too. Warm, steady support from family and friends can make a real difference over time.",
        'Support means standing next to them, not in front of them.',
      ],
    },
  ],
  story: {
    title: 'A different question',
    variants: {
      'mental-illness': [
        "Amara's {relation}, Jesse, has lived with depression for three years. Some days Jesse cannot get out of bed. On those days, Amara used to fill the silence with questions. Did you eat? Did you call the doctor? Why not try a walk?",
        'Jesse began to keep the bedroom door shut. Amara felt hurt, and then guilty for feeling hurt.',
        "At a family group, an older man whose wife lives with bipolar disorder said something that stuck. 'I used to run through my list of checks every day. Now I ask what matters to her this week.'",
        "One quiet evening, Amara sat down next to Jesse and asked, 'What would a good day look like for you?'",
        "Jesse was silent for a long time. Then they said, 'Playing guitar again, I think. And not feeling like a burden.'",
        "It was not the answer Amara had hoped for. She had been thinking of a job, or a routine. But she listened. The next week, she had Jesse's old guitar fixed and left it in the living room. She did not say a word about it.",
        'For a while it stayed in the corner. Then one Sunday, Amara heard a few soft chords from the next room.',
        "Jesse still has hard days, and Amara still worries. But they talk more now, and Jesse knows the door is open. If it feels right, you could try Amara's question with {person} this week.",
      ],
      'substance-use': [
        "Priya's {relation}, Jo, has been drinking more each year. For a long time, Priya counted the bottles in the recycling, poured drinks down the sink and hid the car keys. Again and again, Jo promised to stop.",
        'Jo kept each promise for a week or two. Then the drinking came back, and the fights got worse. Jo began to drink in secret. Priya felt angry, then ashamed, then very alone.',
        "A cousin told Priya about a family support group. She went, hoping for a plan to end Jo's drinking. Instead, a woman in the group said, 'You didn't cause it. You can't control it. You can't cure it. But you can still help.'",
        'She cried on the bus home. It felt like putting down a heavy bag.',
        "Priya stopped counting bottles. One calm morning, she said, 'I love you. I'm worried about the drinking. I'm not going to fight about it any more. When you want to talk, I'm here.'",
        "A month later, Jo said, 'I want to cut back. Will you come with me to see someone?' Priya went along. Jo chose the goal, and Priya backed it.",
        'There was a setback at a wedding in the spring. But there was no shouting this time, and Jo went to the next appointment. The road was still there. It just was not straight.',
        'Priya still goes to the family group, for herself. If you are supporting {person} through drinking or drug use, a group like that may help you too.',
      ],
      both: [
        "Yuki's {relation}, Kit, lives with bipolar disorder. Kit also smokes cannabis most days, and more when their mood swings high or low.",
        "When Yuki first learned about both, she went into overdrive. She read everything she could find. She made charts of Kit's moods. She booked appointments and left leaflets on Kit's bed. She had a plan for every part of Kit's life.",
        "Kit did not follow the plan. One night Kit said, 'I feel like your project, not your {relation}.'",
        'That stung. But Yuki knew there was truth in it.',
        "A family worker at the local clinic helped Yuki see things in a new way. Mental health and substance use problems often go together. Care that works on both at once tends to help most. And Kit's own reasons for change would count for more than any plan of Yuki's.",
        "So Yuki put the charts away. She asked Kit what they wanted most. Kit said, 'To cook again. I want to work in a kitchen.'",
        'That became their starting point. Kit chose to see a team that could help with both the mood swings and the cannabis. Yuki drove Kit to the first visit. On the way home, she asked about food, not forms.',
        "It is early days. Kit still has ups and downs. But the goal belongs to Kit now, and Yuki walks beside them. You might ask {person} what they want most, too.",
      ],
    },
  },
  takeaways: [
    'Recovery is possible, and it looks different for each person.',
    'Recovery is about a good life, not only fewer symptoms.',
    'Treatment and the recovery model work best side by side.',
    'You did not cause it. You cannot control or cure it. You can still help.',
    'Setbacks are part of the path, not the end of it.',
  ],
  reflections: [
    {
      id: 'w1-what-recovery-could-mean',
      prompt: 'What might a good life look like for {person}, in their own eyes?',
      hint: "It is fine to guess, or to write 'I don't know yet'. One day, you could ask them.",
    },
    {
      id: 'w1-what-i-carry',
      prompt: 'What have you been trying to carry on your own? Which parts are truly yours?',
      hint: 'Think of the jobs you have taken on: checking, fixing, worrying, keeping the peace.',
    },
  ],
  practice: {
    id: 'w1-practice',
    title: 'Sort what is yours to carry',
    intro: [
      "Worry can feel like one huge weight. This exercise helps you split it into parts. Some parts are yours to carry. Some belong to {person}. Some are in no one's hands. Setting a few down can free up energy for the help that counts.",
    ],
    steps: [
      'Write down the worries on your mind about {person}, big and small.',
      "Next to each one, write 'mine', 'theirs' or 'no one can control this'.",
      "Look at the 'theirs' pile. Choose one thing you will stop checking or pushing for this week.",
      "Look at the 'mine' pile. Pick one small, kind thing you can do, like sending a text or sharing a meal.",
      'After a few days, notice how you feel. There is no need to get it perfect.',
    ],
    plan: [
      { id: 'set-down', label: 'One thing I will set down this week', hint: "Something that is theirs to carry, or no one's." },
      { id: 'small-help', label: 'One small thing I can do to help', hint: 'Keep it simple: a message, a meal, a walk, some time together.' },
      { id: 'when', label: 'When will I try it?' },
    ],
  },
  selfCheck: [
    {
      id: 'w1-what-recovery-is',
      question: 'In the recovery model, what does recovery mean?',
      options: [
        { text: 'Every symptom is gone for good.', correct: false },
        { text: 'A life with hope and meaning, as the person sees it.', correct: true },
        { text: 'Doing everything the doctor says.', correct: false },
      ],
      explanation:
        "Recovery is personal. For many people it means a good life with the illness or alongside it, with hope, people and purpose. Some people do become free of symptoms, and that counts too. Treatment can be a big part of the path, but the person's own goals lead the way.",
    },
    {
      id: 'w1-two-models',
      question: 'How do the medical model and the recovery model fit together?',
      options: [
        { text: 'Only one of them can be right.', correct: false },
        { text: "They work side by side: treatment matters, and so do the person's own goals.", correct: true },
        { text: 'The recovery model means treatment is not needed.', correct: false },
      ],
      explanation:
        'The medical model helps name and treat an illness. The recovery model keeps the whole person in view: their hopes, strengths and choices. Most people do best when they have both.',
    },
    {
      id: 'w1-your-role',
      question: 'Which of these best fits your role as a supporter?',
      options: [
        { text: 'If I try hard enough, I can fix this.', correct: false },
        { text: 'I did not cause it, I cannot control or cure it, and I can still help.', correct: true },
        { text: 'There is nothing I can do, so I should step away.', correct: false },
      ],
      explanation:
        'Many of us feel we should be able to fix it. That feeling comes from love. But recovery belongs to the person. Letting go of control is not giving up on them. It frees you to help in ways that work, and to stay close.',
    },
    {
      id: 'w1-setbacks',
      question: '{Person} has a hard week after a good stretch. What does this most likely mean?',
      options: [
        { text: 'Their recovery is over.', correct: false },
        { text: 'Setbacks are a common part of a path that rarely runs straight.', correct: true },
        { text: 'I must have done something wrong.', correct: false },
      ],
      explanation:
        'Most people have setbacks on the way. A hard week does not erase the good ones, and it is not your fault. Week 6 will help you plan for harder times. If you are ever worried about safety right now, use the Need help now? button at the top of every screen.',
    },
  ],
  forYou: {
    title: 'A moment for you',
    blocks: [
      'You have taken in a lot this week. Before you move on, take a minute for yourself.',
      'Think of one thing that gives you even a little ease. A cup of tea. A walk around the block. A call with a friend. Music. Prayer or quiet time, if that is part of your life.',
      'Plan to do it once in the next few days, just for you. This is not selfish. You matter in this too, and looking after yourself helps you keep going.',
    ],
  },
};
